import { afterEach, expect, test } from "vitest";
import { storeReceived } from "../../src/core/received.js";
import { closeDatabase, openDatabase } from "../../src/db/database.js";
import { insertInbox } from "../../src/db/queries/inbox.js";
import { inbox, outbox } from "../../src/db/schema.js";
import { eventually } from "../support/slack-app-process.js";
import { SlackHarness, teacher, technician } from "../support/slack-harness.js";
import { nextTs, photoDmEvent } from "../support/slack-requests.js";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** What a run that died right after Slack's ack leaves behind: a DM from the teacher, stored, unanswered. */
function storedDm(dir: string, text: string, recoveries = 0): void {
  const db = openDatabase(`${dir}/office.db`);
  const ts = nextTs();
  const content = storeReceived({
    inbound: { sender: { channel: "slack", userId: teacher.id }, text, eventId: `${teacher.dm}:${ts}` },
    replyTo: { channel: teacher.dm, dm: true, user: teacher.id },
  });
  insertInbox(db, { channel: "slack", eventId: `${teacher.dm}:${ts}`, content, receivedAt: new Date() });
  if (recoveries > 0) db.update(inbox).set({ recoveries }).run();
  closeDatabase(db);
}

const texts = (harness: SlackHarness) => harness.postedTo(teacher.dm).map((c) => String(c.args.text));

test("messages taken but not answered before a crash are answered at the next start, in the order they came", async () => {
  const first = await SlackHarness.open();
  await first.stop();
  storedDm(first.dir, "教学楼A301 投影仪坏了，不亮");
  storedDm(first.dir, "分机 8021");

  h = await SlackHarness.open({ dir: first.dir, fake: first.fake });
  await h.settle();

  // The phone number answered the question the first message led to: the review with it follows.
  expect(texts(h)).toEqual([
    expect.stringContaining("办理【报修】"),
    expect.stringContaining("请留一个联系电话"),
    expect.stringMatching(/请核对【报修】[\s\S]*联系方式：分机 8021/),
  ]);
  expect(h.app.db.select().from(inbox).all()).toEqual([]);
  expect(
    h.app.db
      .select()
      .from(outbox)
      .all()
      .filter((r) => r.kind === "reply")
      .every((r) => r.status === "sent"),
  ).toBe(true);
});

test("a message still unanswered after several restarts (it keeps crashing the bot) is given up with an apology", async () => {
  const first = await SlackHarness.open();
  await first.stop();
  storedDm(first.dir, "教学楼A301 投影仪坏了，不亮", 3);

  h = await SlackHarness.open({ dir: first.dir, fake: first.fake });
  await h.settle();

  expect(texts(h)).toEqual(["抱歉，系统出了点问题，您的内容没有保存，请稍后再试。"]);
  expect(h.app.db.select().from(inbox).all()).toEqual([]);
});

test("a new Slack user is answered without waiting for users.info; their name is filled in when it comes", async () => {
  h = await SlackHarness.open();
  const release = h.fake.holdNext("users.info");
  await h.requests.dm(teacher, "教学楼A301 投影仪坏了，不亮");
  const harness = h;
  expect(await eventually(() => texts(harness).length >= 2)).toBe(true);
  expect(h.personBySlackId(teacher.id)).toMatchObject({ name: teacher.id });

  release();
  await h.settle();
  expect(h.personBySlackId(teacher.id)).toMatchObject({ name: teacher.name, inDirectory: false });
});

test("a photo sent with the words that open a repair goes with the ticket; a text sent while it downloads waits its turn", async () => {
  h = await SlackHarness.open();
  const url = h.fake.addFile("projector.jpg", Buffer.from("jpeg bytes"));
  h.fake.stallFile("projector.jpg");
  const photo = photoDmEvent(teacher, "教学楼A301 投影仪坏了，不亮", { url, size: 10 });
  expect((await h.requests.event(photo)).status).toBe(200);
  expect((await h.requests.dm(teacher, "分机 8021")).status).toBe(200);
  // Both are acknowledged; the text has not jumped the photo's message, which is still fetching its file.
  expect(texts(h)).toEqual([]);

  h.fake.releaseFile("projector.jpg");
  await h.settle();
  // The photo's message started the repair and asked for a phone number; the text then answered it.
  expect(texts(h)).toEqual([
    "已收到附件“projector.jpg”，会随工单一并提交。",
    expect.stringContaining("办理【报修】"),
    expect.stringContaining("请留一个联系电话"),
    expect.stringMatching(/请核对【报修】[\s\S]*联系方式：分机 8021/),
  ]);
  await h.requests.dm(teacher, "确认");
  await h.settle();
  // The photo went with the ticket to the technician.
  expect(h.postedTo(technician.id).map((c) => String(c.args.text))).toEqual([
    expect.stringMatching(/【新工单】[\s\S]*附件 1 个/),
  ]);
});
