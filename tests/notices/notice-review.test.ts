import { describe, expect, it } from "vitest";
import { attachmentData } from "../../src/db/queries/attachments.js";
import { noticeOfTicket } from "../../src/db/queries/notices.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, shanghai, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

/** A teacher's notice, typed as on the console; returns its number. */
function requestNotice(opts: { title: string; channels: string; major: boolean }): string {
  const teacher = h.user("王老师");
  teacher.say("发布通知");
  teacher.say(opts.title);
  teacher.say("本周五下午教学楼停水，请各位老师提前做好准备。");
  teacher.say(opts.channels);
  teacher.say("下周一");
  teacher.say(opts.major ? "是" : "否");
  const done = teacher.say("确认");
  return ticketNumberIn(done);
}

const to = (deliveries: { to: string; text: string }[], name: string) =>
  deliveries.filter((d) => d.to === name).map((d) => d.text);

describe("notice review (G4)", () => {
  it("the receipt says what really happens, and the head, not the desk, gets the notice to review", async () => {
    const teacher = h.user("王老师");
    teacher.say("发布通知");
    teacher.say("停水通知");
    teacher.say("本周五下午教学楼停水，请各位老师提前做好准备。");
    expect(teacher.say("公告栏和电子屏")).toContain("请问希望哪天发布？");
    teacher.say("下周一");
    const review = teacher.say("否");
    expect(review).toContain("发布渠道：公告栏、电子屏");
    const done = teacher.say("确认");
    expect(done).toContain("办公室负责人将在 1 个工作日内响应");
    expect(done).toContain("通知已提交办公室负责人审核，审核通过后交信息发布岗发布");
    const number = ticketNumberIn(done);
    const sent = await h.delivered();
    expect(sent.map((d) => d.to)).toEqual(["张主任"]);
    expect(sent[0]?.message.choices?.map((c) => c.value)).toEqual([`通过 ${number}`, `退回 ${number}`]);
    expect(h.user("王老师").say(`查询 ${number}`)).toContain("通知进度：待办公室负责人审核");
  });

  it("approve: the head's 通过 hands an ordinary notice to the desk, with each channel's rule and command", async () => {
    const number = requestNotice({ title: "停水通知", channels: "1、2", major: false });
    await h.delivered();
    expect(h.user("陈编辑").say(`通过 ${number}`)).toContain("没有查看工单");
    expect(h.user("张主任").say(`通过 ${number}`)).toContain(`已通过：${number}。已交信息发布岗发布。`);
    const sent = await h.delivered();
    expect(to(sent, "王老师")[0]).toContain("办公室负责人已审核通过，已交信息发布岗发布。");
    const desk = to(sent, "陈编辑")[0]!;
    expect(desk).toContain("公告栏（每日更新）：已发布");
    expect(desk).toContain("电子屏（每条至少滚动5分钟）：已发布");
    expect(getTicketByNumber(h.db, number)?.postId).toBe("xinxi");
  });

  it("send back: the head's 退回 with a note refuses the request and the teacher reads the note", async () => {
    const number = requestNotice({ title: "停水通知", channels: "公告栏", major: false });
    await h.delivered();
    expect(h.user("张主任").say(`退回 ${number}`)).toContain("请写明修改意见");
    expect(h.user("张主任").say(`退回 ${number} 请写明停水的具体时间段`)).toContain(`已退回：${number}`);
    const sent = await h.delivered();
    expect(to(sent, "王老师")[0]).toContain("张主任退回修改：请写明停水的具体时间段");
    expect(to(sent, "陈编辑")).toEqual([]);
    expect(getTicketByNumber(h.db, number)?.status).toBe("refused");
    expect(noticeOfTicket(h.db, getTicketByNumber(h.db, number)!.id)?.stage).toBe("returned");
  });

  it("a major notice needs the leader named in the directory to sign off before the desk gets it", async () => {
    const number = requestNotice({ title: "关于元旦放假安排的通知", channels: "全部渠道", major: true });
    expect(to(await h.delivered(), "张主任")).toHaveLength(1);
    expect(h.user("张主任").say(`通过 ${number}`)).toContain("已请王副校长签发");
    const sent = await h.delivered();
    expect(to(sent, "陈编辑")).toEqual([]);
    const ask = sent.find((d) => d.to === "王副校长")!;
    expect(ask.text).toContain("【待签发·重大通知】");
    expect(ask.message.choices?.[0]?.value).toBe(`签发 ${number}`);
    expect(to(sent, "王老师")[0]).toContain("待王副校长签发");
    expect(h.user("陈编辑").say(`签发 ${number}`)).toContain("没有查看工单");

    expect(h.user("王副校长").say(`签发 ${number}`)).toContain("已交信息发布岗发布");
    const after = await h.delivered();
    expect(to(after, "陈编辑")[0]).toContain("公众号（进入当日公众号推送）");
    expect(to(after, "王老师")[0]).toContain("王副校长已签发");
    const details = h.user("王老师").say(`查询 ${number}`);
    expect(details).toContain("签发：王副校长");
    expect(details).toContain("公告栏：未发布");
  });

  it("the leader can send a major notice back too", async () => {
    const number = requestNotice({ title: "关于元旦放假安排的通知", channels: "公告栏", major: true });
    h.user("张主任").say(`通过 ${number}`);
    await h.delivered();
    expect(h.user("王副校长").say(`退回 ${number} 值班表还没附上`)).toContain("已退回");
    expect(to(await h.delivered(), "王老师")[0]).toContain("王副校长退回修改：值班表还没附上");
  });

  it("publishing on several channels: each is marked, and the teacher is told once all are out", async () => {
    const number = requestNotice({ title: "停水通知", channels: "公告栏和电子屏", major: false });
    h.user("张主任").say(`通过 ${number}`);
    await h.delivered();
    const desk = h.user("陈编辑");
    expect(desk.say(`已发布 ${number} 公众号`)).toContain("这条通知没有选这个渠道");
    expect(desk.say(`已发布 ${number} 电子屏`)).toContain("尚未发布：公告栏");
    expect(to(await h.delivered(), "王老师")).toEqual([]);
    expect(desk.say(`已发布 ${number} 电子屏`)).toContain("已记录为发布");
    expect(desk.say(`已发布 ${number}`)).toContain("全部发布，已通知申请人");
    const told = to(await h.delivered(), "王老师");
    expect(told.join("\n")).toContain("通知已在公告栏、电子屏发布。");
    expect(getTicketByNumber(h.db, number)?.status).toBe("resolved");
  });

  it("a review waiting one working day reminds the head once", async () => {
    const number = requestNotice({ title: "停水通知", channels: "公告栏", major: false });
    await h.delivered();
    const job = h.app.scheduler;
    expect(job).toBeDefined();
    const { remindReviewers } = await import("../../src/notices/jobs/review-reminder-job.js");
    expect(remindReviewers(h.app.context, shanghai("2026-11-27 09:30"))).toBe(0);
    h.clock.set(shanghai("2026-11-27 10:00"));
    expect(remindReviewers(h.app.context, shanghai("2026-11-27 10:00"))).toBe(1);
    expect(remindReviewers(h.app.context, shanghai("2026-11-27 10:30"))).toBe(0);
    const [reminder] = to(await h.delivered(), "张主任");
    expect(reminder).toContain(`通知审核已等待超过 1 个工作日：${number}`);
  });
});

describe("department news digest (G4)", () => {
  it("lists the notices published this week on demand, and last week's goes to the head and the desk on Monday", async () => {
    const number = requestNotice({ title: "停水通知", channels: "电子屏", major: false });
    h.user("张主任").say(`通过 ${number}`);
    const unpublished = requestNotice({ title: "图书馆闭馆", channels: "公告栏", major: false });
    expect(h.user("陈编辑").say(`已发布 ${number} 电子屏`)).toContain("全部发布");
    const digest = h.user("张主任").say("新闻汇总");
    expect(digest).toContain("本周部门新闻汇总");
    expect(digest).toContain(`停水通知（电子屏）${number}`);
    expect(digest).not.toContain(unpublished);
    expect(digest).toContain("共 1 条");

    await h.delivered();
    const { sendNewsDigest } = await import("../../src/notices/jobs/news-digest-job.js");
    h.clock.set(shanghai("2026-11-30 09:00"));
    expect(sendNewsDigest(h.app.context, shanghai("2026-11-30 09:00"), "week")).toBe(2);
    expect(sendNewsDigest(h.app.context, shanghai("2026-11-30 09:00"), "week")).toBe(0);
    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["张主任", "陈编辑"].sort());
    expect(sent[0]?.text).toContain("上周部门新闻汇总");
    expect(sent[0]?.text).toContain("停水通知");
    expect(h.user("张主任").say("新闻汇总")).toContain("这段时间没有已发布的通知");
  });
});

describe("files with notice and meeting requests (G11: at most 5 MB)", () => {
  const file = (name: string, size: number) => ({
    kind: "file" as const,
    name,
    mimeType: "application/pdf",
    data: Buffer.alloc(size, 7),
  });

  it("a poster up to 5 MB is kept with the notice and the head is told; a larger one is politely refused", async () => {
    const teacher = h.user("王老师");
    teacher.say("发布通知");
    const tooBig = teacher.send("", { attachments: [file("big-poster.pdf", 5 * 1024 * 1024 + 1)] });
    expect(tooBig.map((r) => r.text).join("\n")).toContain(
      "附件超过 5 MB，未保存。请压缩后再发，或线下提交。",
    );
    const fits = teacher.send("", { attachments: [file("poster.pdf", 5 * 1024 * 1024)] });
    expect(fits.map((r) => r.text).join("\n")).toContain("已收到附件“poster.pdf”");
    for (const answer of ["运动会海报", "下周三全校运动会，欢迎各位老师参加。", "公告栏", "下周一", "否"])
      teacher.say(answer);
    const done = teacher.say("确认");
    expect(done).toContain("附件 1 个已随通知提交。");
    const [toHead] = await h.delivered();
    expect(toHead?.text).toContain("附件 1 个");
    const files = h.user("张主任").send(`附件 ${ticketNumberIn(done)}`);
    expect(files[0]?.files?.map((f) => [f.name, attachmentData(h.db, f.attachmentId)?.length])).toEqual([
      ["poster.pdf", 5 * 1024 * 1024],
    ]);
  });

  it("a meeting request takes its agenda", () => {
    const teacher = h.user("王老师");
    teacher.say("安排一个会议");
    const reply = teacher.send("", { attachments: [file("agenda.pdf", 2048)] });
    expect(reply.map((r) => r.text).join("\n")).toContain("已收到附件“agenda.pdf”");
  });
});
