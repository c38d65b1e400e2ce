import { afterEach, expect, test } from "vitest";
import { storeReceived } from "../../src/core/received.js";
import { closeDatabase, openDatabase } from "../../src/db/database.js";
import { insertInbox } from "../../src/db/queries/inbox.js";
import { inbox, outbox } from "../../src/db/schema.js";
import { eventually } from "../support/slack-app-process.js";
import { SlackHarness, teacher } from "../support/slack-harness.js";
import { nextTs } from "../support/slack-requests.js";

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
