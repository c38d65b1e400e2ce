import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ChannelUnavailable } from "../../src/channels/channel.js";
import { closeDatabase } from "../../src/db/database.js";
import { enqueue } from "../../src/db/queries/outbox.js";
import { findStaffByName } from "../../src/db/queries/people.js";
import { outbox } from "../../src/db/schema.js";
import { OutboxDispatcher } from "../../src/scheduler/outbox-dispatcher.js";
import { SchedulerHarness } from "../support/scheduler-harness.js";

let h: SchedulerHarness;
const opened: SchedulerHarness[] = [];

async function open(start = "2026-11-30 10:00"): Promise<SchedulerHarness> {
  h = await SchedulerHarness.open({ start });
  opened.push(h);
  return h;
}

afterEach(async () => {
  for (const each of opened.splice(0)) await each.close().catch(() => undefined);
  h.dispose();
});

function queue(harness: SchedulerHarness, to: string, texts: readonly string[]): void {
  const person = findStaffByName(harness.app.db, to);
  if (!person) throw new Error(`no ${to}`);
  for (const text of texts) {
    enqueue(harness.app.db, {
      dedupeKey: `test:${text}`,
      recipientId: person.id,
      kind: "test",
      message: { text },
      now: harness.now,
    });
  }
}

const texts = (harness: SchedulerHarness) => harness.channel.sent.map((s) => s.message.text);

/** A logger whose lines the test can read. */
function capturingLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino({ level: "warn" }, stream), lines };
}

describe("outbox dispatcher", () => {
  it("sends every queued message once and marks it sent", async () => {
    await open();
    queue(h, "刘师傅", ["一", "二", "三"]);
    expect(await h.app.dispatcher.dispatchDue()).toEqual({ sent: 3, retried: 0, failed: 0 });
    expect(await h.app.dispatcher.dispatchDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(texts(h)).toEqual(["一", "二", "三"]);
    expect(h.outbox("test").map((r) => [r.status, r.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
      ["sent", 1],
    ]);
  });

  it("a backlog goes out with the event loop free between messages: a teacher is answered before the last", async () => {
    await open();
    const backlog = Array.from({ length: 300 }, (_, i) => `通知 ${i}`);
    queue(h, "刘师傅", backlog);
    const draining = h.app.dispatcher.dispatchDue();
    const answered = new Promise<{ sent: number; reply: string }>((done) =>
      setImmediate(() => done({ sent: h.channel.sent.length, reply: h.sayText("王老师", "菜单") })),
    );
    expect(await draining).toEqual({ sent: backlog.length, retried: 0, failed: 0 });
    const { sent, reply } = await answered;
    expect(sent).toBeLessThan(backlog.length);
    expect(reply).toContain("综合办公室");
  });

  it("a stored row that is not a readable message is given up, never handed to a channel", async () => {
    await open();
    queue(h, "刘师傅", ["一"]);
    h.app.db
      .update(outbox)
      .set({ content: { body: 42 } as never })
      .run();
    queue(h, "刘师傅", ["二"]);
    const report = await h.app.dispatcher.dispatchDue();
    expect(report.failed).toBe(1);
    // 刘师傅 gets the readable one; the office head is told about the one that could not be sent.
    expect(h.channel.sent.filter((s) => s.message.text === undefined)).toEqual([]);
    expect(texts(h)[0]).toBe("二");
    expect(h.outbox("test").map((r) => r.status)).toEqual(["failed", "sent"]);
  });

  it("the same change queued twice produces one message", async () => {
    await open();
    queue(h, "刘师傅", ["一"]);
    queue(h, "刘师傅", ["一"]);
    await h.app.dispatcher.dispatchDue();
    expect(texts(h)).toEqual(["一"]);
  });

  it("runs asked for at the same time never send a message twice", async () => {
    await open();
    queue(h, "刘师傅", ["一", "二"]);
    const dispatchers = [
      h.app.dispatcher,
      h.app.dispatcher,
      new OutboxDispatcher({
        db: h.app.db,
        channels: [h.channel],
        clock: () => h.now,
        log: pino({ level: "silent" }),
      }),
    ];
    await Promise.all(dispatchers.map((d) => d.dispatchDue()));
    expect(texts(h)).toEqual(["一", "二"]);
  });

  it("a message queued while a run is sending is sent before a later call resolves", async () => {
    await open();
    queue(h, "刘师傅", ["一"]);
    const first = h.app.dispatcher.dispatchDue();
    queue(h, "刘师傅", ["二"]);
    await h.app.dispatcher.dispatchDue();
    await first;
    expect(texts(h)).toEqual(["一", "二"]);
  });

  it("retries a failed delivery with back-off: 30 s, then 60 s, then it goes through", async () => {
    await open();
    queue(h, "刘师傅", ["一"]);
    let failures = 2;
    h.channel.failWith = () => (failures-- > 0 ? new Error("network down") : undefined);
    const start = h.now.getTime();
    const atSecond = (seconds: number) => h.setNow(new Date(start + seconds * 1000));

    expect(await h.app.dispatcher.dispatchDue()).toMatchObject({ retried: 1 });
    expect(h.outbox("test")[0]).toMatchObject({ status: "pending", attempts: 1, lastError: "network down" });
    expect(h.outbox("test")[0]!.nextAttemptAt.getTime()).toBe(start + 30_000);
    atSecond(29);
    expect(await h.app.dispatcher.dispatchDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    atSecond(30);
    expect(await h.app.dispatcher.dispatchDue()).toMatchObject({ retried: 1 });
    expect(h.outbox("test")[0]!.nextAttemptAt.getTime()).toBe(start + 90_000);
    atSecond(90);
    expect(await h.app.dispatcher.dispatchDue()).toMatchObject({ sent: 1 });
    expect(h.outbox("test")[0]).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(texts(h)).toEqual(["一"]);
  });

  it("keeps a message through a day-long channel outage without using up its attempts", async () => {
    await open();
    queue(h, "刘师傅", ["停机期间的通知"]);
    h.channel.failWith = () => new ChannelUnavailable("WeChat is not logged in");
    const start = h.now.getTime();
    for (let minute = 0; minute <= 24 * 60; minute += 10) {
      h.setNow(new Date(start + minute * 60_000));
      await h.app.dispatcher.dispatchDue();
    }
    expect(h.outbox("test")[0]).toMatchObject({
      status: "pending",
      attempts: 0,
      lastError: "WeChat is not logged in",
    });

    h.channel.failWith = () => undefined;
    h.setNow(new Date(start + (24 * 60 + 11) * 60_000));
    expect(await h.app.dispatcher.dispatchDue()).toMatchObject({ sent: 1 });
    expect(texts(h)).toEqual(["停机期间的通知"]);
  });

  it("gives up after the last attempt, logs an error and tells the office head", async () => {
    await open();
    const { log, lines } = capturingLog();
    const dispatcher = new OutboxDispatcher({
      db: h.app.db,
      channels: [h.channel],
      clock: () => h.now,
      log,
      maxAttempts: 3,
      backoffMs: () => 60_000,
    });
    queue(h, "刘师傅", ["投影仪已修好"]);
    h.channel.failWith = (recipient) =>
      recipient.name === "刘师傅" ? new Error("contact not found") : undefined;
    for (let attempt = 1; attempt <= 3; attempt++) {
      await dispatcher.dispatchDue();
      h.setNow(new Date(h.now.getTime() + 60_000));
    }
    expect(h.outbox("test")[0]).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: "contact not found",
    });
    expect(lines.filter((l) => l.msg === "giving up on an outgoing message")).toHaveLength(1);
    await dispatcher.dispatchDue();
    const note = h.channel.to("张主任").map((s) => s.message.text);
    expect(note).toEqual([expect.stringContaining("发给刘师傅的消息多次发送失败，已放弃：投影仪已修好")]);
    expect(note[0]).toContain("contact not found");
    expect(h.channel.to("刘师傅")).toEqual([]);
  });

  it("a note to the office head that cannot be delivered is given up without another note", async () => {
    await open();
    const { log } = capturingLog();
    const dispatcher = new OutboxDispatcher({
      db: h.app.db,
      channels: [h.channel],
      clock: () => h.now,
      log,
      maxAttempts: 1,
    });
    queue(h, "刘师傅", ["一"]);
    h.channel.failWith = () => new Error("everything is down");
    await dispatcher.dispatchDue();
    await dispatcher.dispatchDue();
    expect(h.outbox().map((r) => [r.kind, r.status])).toEqual([
      ["test", "failed"],
      ["delivery-failed", "failed"],
    ]);
  });

  it("a run that dies half way loses nothing and sends nothing twice after a restart", async () => {
    await open();
    queue(h, "刘师傅", ["一", "二", "三", "四", "五"]);
    // The process dies while handing over the third message: the database is gone mid-run.
    h.channel.failWith = (_recipient, message) => {
      if (message.text !== "三") return undefined;
      closeDatabase(h.app.db);
      return new Error("killed");
    };
    await expect(h.app.dispatcher.dispatchDue()).rejects.toThrow();
    const before = h;
    const restarted = await before.reopen();
    opened.push(restarted);
    expect(await restarted.app.dispatcher.dispatchDue()).toMatchObject({ sent: 2, failed: 0 });
    // The third one was claimed when the process died; it is tried again when its lease runs out.
    restarted.setNow(new Date(before.now.getTime() + 120_000));
    expect(await restarted.app.dispatcher.dispatchDue()).toMatchObject({ sent: 1 });
    expect(await restarted.app.dispatcher.dispatchDue()).toMatchObject({ sent: 0 });
    expect(texts(before)).toEqual(["一", "二"]);
    expect(texts(restarted)).toEqual(["四", "五", "三"]);
  });

  it("a message whose channel never answered before the process died is sent once after the restart", async () => {
    await open();
    queue(h, "刘师傅", ["一"]);
    const hanging = new OutboxDispatcher({
      db: h.app.db,
      channels: [
        {
          name: "console",
          start: async () => undefined,
          stop: async () => undefined,
          canReach: () => true,
          deliver: () => new Promise<void>(() => undefined),
          reply: () => new Promise<void>(() => undefined),
        },
      ],
      clock: () => h.now,
      log: pino({ level: "silent" }),
    });
    void hanging.dispatchDue();
    await new Promise((resolve) => setImmediate(resolve));
    await h.crash();
    const restarted = await h.reopen();
    opened.push(restarted);
    expect(await restarted.app.dispatcher.dispatchDue()).toMatchObject({ sent: 0 });
    restarted.setNow(new Date(h.now.getTime() + 120_000));
    await restarted.app.dispatcher.dispatchDue();
    expect(texts(restarted)).toEqual(["一"]);
  });

  it("stop() sends what is due and later calls do nothing", async () => {
    await open();
    queue(h, "刘师傅", ["一"]);
    await h.app.dispatcher.stop();
    expect(texts(h)).toEqual(["一"]);
    queue(h, "刘师傅", ["二"]);
    expect(await h.app.dispatcher.dispatchDue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(h.outbox("test").map((r) => r.status)).toEqual(["sent", "pending"]);
  });
});
