import { eq } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { ratings, ticketAttachments, ticketEvents } from "../../../src/db/schema.js";
import { ticketNumberIn } from "../../support/engine-harness.js";
import { testBotToken } from "../../support/slack-fake-api.js";
import { meetingsClerk, officeHead, SlackHarness, teacher, technician } from "../../support/slack-harness.js";
import { buttonLabels, photoDmEvent } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

const blockTypes = (blocks: unknown) => (blocks as { type: string }[]).map((b) => b.type);

async function reportBrokenProjector(): Promise<string> {
  await h.requests.dm(teacher, "教学楼A301 投影仪不亮");
  await h.settle();
  await h.requests.dm(teacher, "分机 8021");
  await h.settle();
  const review = h.lastPostedTo(teacher.dm);
  await h.requests.press(teacher.id, review, "确认");
  await h.settle();
  return ticketNumberIn(String(h.lastPostedTo(teacher.dm).args.text));
}

/** The teacher shares a photo of the projector in their DM, as Slack sends a `file_share` message. */
async function sharePhoto(id: string, photo: Buffer): Promise<void> {
  const url = h.fake.addFile("projector.jpg", photo);
  await h.requests.event(photoDmEvent(teacher, "", { id, url, size: photo.length }));
}

describe("a repair reported in a Slack DM", () => {
  test("goes from the teacher's message to the technician accepting and resolving it with buttons", async () => {
    h = await SlackHarness.open();

    const first = await h.requests.dm(teacher, "教学楼A301 投影仪不亮");
    expect(first.status).toBe(200);
    await h.settle();
    expect(String(h.lastPostedTo(teacher.dm).args.text)).toContain("联系电话");

    await h.requests.dm(teacher, "分机 8021");
    await h.settle();
    const review = h.lastPostedTo(teacher.dm);
    expect(String(review.args.text)).toContain("请核对【报修】");
    expect(buttonLabels(review)).toEqual(["确认", "修改", "取消"]);

    await h.requests.press(teacher.id, review, "确认");
    await h.settle();
    // The review loses its buttons and says what was chosen.
    const [update] = h.updatesOf(review);
    expect(update?.args.channel).toBe(teacher.dm);
    expect(buttonLabels(update!)).toEqual([]);
    expect(JSON.stringify(update?.args.blocks)).toContain(`<@${teacher.id}> 选择了：确认`);
    const number = ticketNumberIn(String(h.lastPostedTo(teacher.dm).args.text));
    expect(h.ticketRows()).toMatchObject([{ number, status: "new", priority: "urgent", channel: "slack" }]);

    // Teaching equipment is urgent: the technician and the office head get it red, with action buttons.
    const assignment = h.lastPostedTo(technician.id);
    expect(String(assignment.args.text)).toContain(number);
    expect(blockTypes(assignment.args.blocks)).toEqual(["header"]);
    expect(assignment.args.attachments).toMatchObject([{ color: "#d40e0d" }]);
    expect(buttonLabels(assignment)).toEqual(["接单", "完成", "转交", "询问", "退回"]);
    expect(h.postedTo(officeHead.id).map((c) => String(c.args.text))).toEqual([
      expect.stringContaining(number),
    ]);

    await h.requests.press(technician.id, assignment, "接单");
    await h.settle();
    // Only the pressed button goes; the others stay for the next step.
    expect(buttonLabels(h.updatesOf(assignment)[0]!)).toEqual(["完成", "转交", "询问", "退回"]);
    expect(String(h.lastPostedTo(technician.dm).args.text)).toContain(`已更新：${number} → 已受理`);
    expect(h.textTo(teacher.id)).toContain(`您的工单 ${number} 状态更新为“已受理”`);

    await h.requests.press(technician.id, assignment, "完成");
    await h.settle();
    expect(String(h.lastPostedTo(technician.dm).args.text)).toContain("请写一句处理说明");

    await h.requests.dm(technician, "已更换投影仪灯泡");
    await h.settle();
    expect(String(h.lastPostedTo(technician.dm).args.text)).toContain(`已更新：${number} → 已办结`);
    expect(h.ticketRows()).toMatchObject([{ number, status: "resolved" }]);
    const actions = h.app.db
      .select()
      .from(ticketEvents)
      .all()
      .map((e) => [e.action, e.note]);
    expect(actions).toEqual([
      ["create", null],
      ["accept", null],
      ["resolve", "已更换投影仪灯泡"],
    ]);

    // The teacher hears about the resolution and is asked to rate it with star buttons.
    const rating = h.lastPostedTo(teacher.id);
    expect(String(rating.args.text)).toContain(`工单 ${number} 已办结，请为本次服务打分`);
    expect(buttonLabels(rating)).toEqual(["★", "★★", "★★★", "★★★★", "★★★★★"]);
  });

  test("the teacher rates the service with a star button; a low score alerts the head and asks what to improve (G15)", async () => {
    h = await SlackHarness.open();
    const number = await reportBrokenProjector();
    const assignment = h.lastPostedTo(technician.id);
    await h.requests.press(technician.id, assignment, "完成");
    await h.settle();
    await h.requests.dm(technician, "已更换投影仪灯泡");
    await h.settle();

    const poll = h.lastPostedTo(teacher.id);
    await h.requests.press(teacher.id, poll, "★★");
    await h.settle();
    expect(String(h.lastPostedTo(teacher.dm).args.text)).toContain("谢谢您的评价（2 分）");
    expect(String(h.lastPostedTo(teacher.dm).args.text)).toContain("哪里需要改进");
    expect(h.ticketRows()).toMatchObject([{ number, status: "closed" }]);
    expect(h.postedTo(officeHead.id).map((c) => String(c.args.text))).toContainEqual(
      expect.stringContaining(`低分评价：工单 ${number}`),
    );

    await h.requests.dm(teacher, "师傅来得太晚了");
    await h.settle();
    expect(h.app.db.select().from(ratings).all()).toMatchObject([{ score: 2, comment: "师傅来得太晚了" }]);
  });

  test("a button pressed twice (a double click) acts once", async () => {
    h = await SlackHarness.open();
    const number = await reportBrokenProjector();
    const assignment = h.lastPostedTo(technician.id);

    await h.requests.press(technician.id, assignment, "接单");
    await h.requests.press(technician.id, assignment, "接单");
    await h.settle();

    const accepts = h.app.db.select().from(ticketEvents).where(eq(ticketEvents.action, "accept")).all();
    expect(accepts).toHaveLength(1);
    expect(h.postedTo(technician.dm).map((c) => String(c.args.text))).toEqual([
      `已更新：${number} → 已受理。`,
    ]);
  });

  test("a technician hands a ticket to another post with two presses", async () => {
    h = await SlackHarness.open();
    const number = await reportBrokenProjector();
    await h.requests.press(technician.id, h.lastPostedTo(technician.id), "转交");
    await h.settle();
    const posts = h.lastPostedTo(technician.dm);
    expect(buttonLabels(posts)).toContain("会务组");

    await h.requests.press(technician.id, posts, "会务组");
    await h.settle();
    expect(h.ticketRows()).toMatchObject([{ number, postId: "huiwu", status: "new" }]);
    expect(buttonLabels(h.lastPostedTo(meetingsClerk.id))).toEqual(["接单", "完成", "转交", "询问", "退回"]);
  });

  test("a photo shared in the DM while reporting is attached to the ticket", async () => {
    h = await SlackHarness.open();
    await h.requests.dm(teacher, "教学楼A301 投影仪不亮");
    const photo = Buffer.from("not really a jpeg, but bytes all the same");
    await sharePhoto("F0PHOTO001", photo);
    await h.settle();
    expect(String(h.lastPostedTo(teacher.dm).args.text)).toContain("已收到附件“projector.jpg”");
    expect(h.fake.downloads).toEqual([
      { path: "/files/projector.jpg", authorization: `Bearer ${testBotToken}` },
    ]);

    await h.requests.dm(teacher, "分机 8021");
    await h.requests.dm(teacher, "确认");
    await h.settle();
    const [ticket] = h.ticketRows();
    expect(h.app.db.select().from(ticketAttachments).all()).toMatchObject([
      { ticketId: ticket?.id, name: "projector.jpg", kind: "image", data: photo },
    ]);
    expect(h.textTo(technician.id)).toContain("附件 1 个");
  });

  test("the teacher's Slack display name becomes their name on the ticket", async () => {
    h = await SlackHarness.open();
    await reportBrokenProjector();
    expect(h.personBySlackId(teacher.id)).toMatchObject({
      name: teacher.name,
      inDirectory: false,
      preferredChannel: "slack",
    });
    expect(h.fake.of("users.info").filter((c) => c.args.user === teacher.id)).toHaveLength(1);
  });
});

describe("a ticket's files on Slack", () => {
  test("附件 <no> uploads the ticket's photo into the asker's DM with files.uploadV2", async () => {
    h = await SlackHarness.open();
    await h.requests.dm(teacher, "教学楼A301 投影仪不亮");
    const photo = Buffer.from("the projector photo's bytes");
    await sharePhoto("F0PHOTO002", photo);
    await h.settle();
    await h.requests.dm(teacher, "分机 8021");
    await h.requests.dm(teacher, "确认");
    await h.settle();
    const [ticket] = h.ticketRows();

    await h.requests.dm(technician, `附件 ${ticket!.number}`);
    await h.settle();
    expect(String(h.lastPostedTo(technician.dm).args.text)).toContain("1. projector.jpg");
    expect(h.fake.shared).toMatchObject([{ filename: "projector.jpg", channel: technician.dm, data: photo }]);
    const [asked] = h.fake.of("files.getUploadURLExternal");
    expect(asked?.args).toMatchObject({ filename: "projector.jpg", length: String(photo.length) });

    await h.requests.dm(meetingsClerk, `附件 ${ticket!.number}`);
    await h.settle();
    expect(String(h.lastPostedTo(meetingsClerk.dm).args.text)).toContain("没有查看工单");
    expect(h.fake.shared).toHaveLength(1);
  });
});
