import { afterEach, expect, test } from "vitest";
import { conversations, outbox, people } from "../../../src/db/schema.js";
import { SlackHarness, signingSecret, teacher, technician } from "../../support/slack-harness.js";
import { dmEvent } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

/** Brings a repair to its review, so the next "确认" creates the ticket. */
async function repairUpForReview(): Promise<void> {
  await h.requests.dm(teacher, "教学楼A301 投影仪不亮");
  await h.requests.dm(teacher, "分机 8021");
  await h.settle();
}

test("Slack retrying an event (X-Slack-Retry-Num) creates no second ticket and no second reply", async () => {
  h = await SlackHarness.open();
  await repairUpForReview();
  const confirm = h.requests.eventBody(dmEvent(teacher, "确认"));

  expect((await h.requests.send(confirm, "application/json")).status).toBe(200);
  await h.settle();
  const replies = h.postedTo(teacher.dm).length;
  expect((await h.requests.send(confirm, "application/json", { retryNum: 1 })).status).toBe(200);
  expect((await h.requests.send(confirm, "application/json", { retryNum: 2 })).status).toBe(200);
  await h.settle();

  expect(h.ticketRows()).toHaveLength(1);
  expect(h.postedTo(teacher.dm)).toHaveLength(replies);
  expect(h.postedTo(technician.id)).toHaveLength(1);
});

test("a retry arriving after a restart is still recognised", async () => {
  h = await SlackHarness.open();
  await repairUpForReview();
  const confirm = h.requests.eventBody(dmEvent(teacher, "确认"));
  await h.requests.send(confirm, "application/json");
  await h.settle();
  await h.stop();

  h = await SlackHarness.open({ dir: h.dir, fake: h.fake });
  const posted = h.fake.of("chat.postMessage").length;
  await h.requests.send(confirm, "application/json", { retryNum: 1 });
  await h.settle();

  expect(h.ticketRows()).toHaveLength(1);
  expect(h.fake.of("chat.postMessage")).toHaveLength(posted);
});

test("a request with a forged signature is rejected with 401 and changes nothing", async () => {
  h = await SlackHarness.open();
  const before = { people: h.app.db.select().from(people).all().length, calls: h.fake.calls.length };

  const forged = await h.requests.dm(teacher, "教学楼A301 投影仪不亮", { secret: "not-the-signing-secret" });
  const stale = await h.requests.dm(teacher, "教学楼A301 投影仪不亮", {
    timestamp: Math.floor(Date.now() / 1000) - 60 * 60,
  });
  const forgedCommand = await h.requests.command(
    { user: teacher.id, text: "报修" },
    { secret: `${signingSecret}x` },
  );
  await h.settle();

  expect([forged.status, stale.status, forgedCommand.status]).toEqual([401, 401, 401]);
  expect(h.fake.calls).toHaveLength(before.calls);
  expect(h.app.db.select().from(people).all()).toHaveLength(before.people);
  expect(h.app.db.select().from(conversations).all()).toEqual([]);
});

test("a request timestamped more than 5 minutes in the future or past is rejected with 401", async () => {
  h = await SlackHarness.open();
  const now = Math.floor(Date.now() / 1000);
  const ahead = await h.requests.dm(teacher, "教学楼A301 投影仪不亮", { timestamp: now + 6 * 60 });
  const farAhead = await h.requests.dm(teacher, "教学楼A301 投影仪不亮", { timestamp: now + 24 * 60 * 60 });
  const behind = await h.requests.dm(teacher, "教学楼A301 投影仪不亮", { timestamp: now - 6 * 60 });
  await h.settle();
  expect([ahead.status, farAhead.status, behind.status]).toEqual([401, 401, 401]);
  expect(h.fake.of("chat.postMessage")).toEqual([]);
  expect(h.app.db.select().from(conversations).all()).toEqual([]);

  // Within the window either way the message is handled as usual.
  const slightlyAhead = await h.requests.dm(teacher, "教学楼A301 投影仪不亮", { timestamp: now + 4 * 60 });
  await h.settle();
  expect(slightlyAhead.status).toBe(200);
  expect(h.postedTo(teacher.dm).length).toBeGreaterThan(0);
});

test("when Slack refuses a notice (channel_not_found) the ticket stays and the outbox tries again later", async () => {
  h = await SlackHarness.open();
  await repairUpForReview();
  h.fake.failNext("chat.postMessage", { error: "channel_not_found", to: technician.id });
  await h.requests.dm(teacher, "确认");
  await h.settle();

  expect(h.ticketRows()).toHaveLength(1);
  const failed = h.app.db
    .select()
    .from(outbox)
    .all()
    .filter((row) => row.status === "pending");
  expect(failed).toMatchObject([
    { kind: "assignment", lastError: expect.stringContaining("channel_not_found") },
  ]);

  h.clock.advanceMinutes(5);
  await h.settle();
  expect(
    h.app.db
      .select()
      .from(outbox)
      .all()
      .every((row) => row.status === "sent"),
  ).toBe(true);
  expect(h.postedTo(technician.id)).toHaveLength(1);
});

test("when Slack's Web API cannot be reached at all, the conversation still moves on", async () => {
  h = await SlackHarness.open();
  h.fake.failNext("users.info", { status: 500 });
  h.fake.failNext("chat.postMessage", { status: 503, to: teacher.dm });
  h.fake.failNext("chat.postMessage", { status: 503, to: teacher.dm });
  await h.requests.dm(teacher, "教学楼A301 投影仪不亮");
  await h.settle();
  await h.requests.dm(teacher, "分机 8021");
  await h.settle();
  expect(String(h.lastPostedTo(teacher.dm).args.text)).toContain("请核对【报修】");
});

test("when Slack asks the bot to slow down (429, Retry-After), the reply waits that long and then arrives", async () => {
  h = await SlackHarness.open({ webApiRetries: 2 });
  h.fake.failNext("chat.postMessage", { status: 429, error: "ratelimited", retryAfter: 1, to: teacher.dm });
  const sent = Date.now();
  await h.requests.dm(teacher, "菜单");
  await h.settle();
  const replies = h.postedTo(teacher.dm);
  expect(replies.filter((call) => call.response.ok)).toHaveLength(1);
  expect(Date.now() - sent).toBeGreaterThanOrEqual(1000);
  expect(String(h.lastPostedTo(teacher.dm).args.text)).toContain("学校综合办公室");
});

test("when Slack never answers a reply's call, the call gives up after its timeout and the reply goes again later", async () => {
  h = await SlackHarness.open({ webApiTimeoutMs: 300 });
  h.fake.stallNext("chat.postMessage", teacher.dm);
  await h.requests.dm(teacher, "菜单");
  await h.settle();
  expect(h.postedTo(teacher.dm)).toHaveLength(0);
  expect(h.app.db.select().from(outbox).all()).toMatchObject([
    {
      kind: "reply",
      status: "pending",
      lastError: expect.stringContaining("Slack did not answer within 300 ms"),
    },
  ]);

  h.clock.advanceMinutes(1);
  await h.settle();
  expect(h.postedTo(teacher.dm)).toHaveLength(1);
  expect(h.app.db.select().from(outbox).get()).toMatchObject({ status: "sent" });
});
