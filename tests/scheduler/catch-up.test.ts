import { afterEach, describe, expect, it } from "vitest";
import { SchedulerHarness } from "../support/scheduler-harness.js";

let h: SchedulerHarness;
const opened: SchedulerHarness[] = [];

afterEach(async () => {
  for (const each of opened.splice(0)) await each.close().catch(() => undefined);
  h.dispose();
});

async function open(start: string): Promise<SchedulerHarness> {
  h = await SchedulerHarness.open({ start });
  opened.push(h);
  return h;
}

async function restartAt(wallTime: string): Promise<SchedulerHarness> {
  await h.crash();
  h.setNow(wallTime);
  const restarted = await h.reopen();
  opened.push(restarted);
  await restarted.scheduler.start();
  await restarted.scheduler.stop();
  return restarted;
}

const overdueAlerts = (harness: SchedulerHarness, number: string) =>
  harness
    .sentContaining(`已超时：工单 ${number}（报修：`)
    .filter((s) => s.message.text.includes("的响应期限"));

describe("crash, restart and catch-up", () => {
  it("an alert queued just before a crash goes out once after the restart", async () => {
    await open("2026-11-30 08:30");
    const ticket = h.reportRepair();
    await h.tickUntil("2026-11-30 10:29");
    // 10:30: the sweep commits the overdue alert, then the process dies before the dispatcher sends it.
    h.setNow("2026-11-30 10:30");
    const sweep = h.scheduler.jobs.find((j) => j.name === "overdue-sweep")!;
    await sweep.run(h.app.context, h.now);
    const restarted = await restartAt("2026-11-30 10:33");
    await restarted.tickUntil("2026-11-30 11:00");
    expect(overdueAlerts(h, ticket.number)).toEqual([]);
    expect(overdueAlerts(restarted, ticket.number).map((s) => s.at)).toEqual(["2026-11-30 10:33"]);
    expect(restarted.outbox("sla-overdue").map((r) => r.status)).toEqual(["sent"]);
  });

  it("a sweep that dies half way changes nothing, and the alert goes out once after the restart", async () => {
    await open("2026-11-30 08:30");
    const ticket = h.reportRepair();
    await h.tickUntil("2026-11-30 10:29");
    // The disk fails while the 10:30 sweep writes its alert: the whole sweep rolls back.
    h.app.db.$client.exec(
      `CREATE TEMP TRIGGER disk_fails BEFORE INSERT ON outbox WHEN NEW.kind = 'sla-overdue'
       BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`,
    );
    await h.tickUntil("2026-11-30 10:30");
    expect(h.outbox("sla-overdue")).toEqual([]);
    const restarted = await restartAt("2026-11-30 10:35");
    await restarted.tickUntil("2026-11-30 11:20");
    expect(overdueAlerts(h, ticket.number)).toEqual([]);
    expect(overdueAlerts(restarted, ticket.number).map((s) => s.at)).toEqual(["2026-11-30 10:35"]);
  });

  it("after three days down, each person gets one digest of everything that fell due, not a flood", async () => {
    await open("2026-11-27 16:00");
    const numbers = ["投影仪不亮", "话筒坏了", "电脑坏了", "一体机不亮", "音响坏了"].map(
      (problem, i) => h.reportRepair(`老师${i + 1}`, `教学楼A30${i + 1} ${problem} 分机 802${i}`).number,
    );
    await h.tickUntil("2026-11-27 16:05");
    const sentBefore = h.channel.sent.length;
    // Down from Friday 16:05 to Wednesday 10:00: response (Mon 09:00) and on-site (Mon 16:00) deadlines, and
    // their escalations an hour later, all passed unseen.
    const restarted = await restartAt("2026-12-02 10:00");
    expect(h.channel.sent.length).toBe(sentBefore);

    const technician = restarted.channel.to("刘师傅");
    const digests = technician.filter((s) => s.message.text.startsWith("⏰ 您有 10 条工单期限提醒"));
    expect(digests).toHaveLength(1);
    for (const number of numbers)
      expect(digests[0]!.message.text.match(new RegExp(`【已超时】${number}`, "g"))).toHaveLength(2);
    expect(restarted.outbox("overdue-digest")).toHaveLength(2);
    expect(restarted.outbox().filter((r) => r.kind.startsWith("sla-"))).toEqual([]);

    const head = restarted.channel.to("张主任").filter((s) => s.message.text.includes("期限提醒"));
    expect(head).toHaveLength(1);
    expect(head[0]!.message.text.match(/【超时升级】/g)).toHaveLength(10);

    // Besides the digest, the technician gets only the day's queue: two messages, not twenty.
    expect(technician.map((s) => [...s.message.text][0])).toEqual(["⏰", "📋"]);

    // Ticking on: the catch-up is not repeated, and nothing is sent twice.
    await restarted.tickUntil("2026-12-02 10:30");
    expect(restarted.outbox("overdue-digest")).toHaveLength(2);
  });
});
