import { afterEach, describe, expect, it } from "vitest";
import { dueDeadlinesQuery } from "../../../src/db/queries/deadline-alerts.js";
import { deadlinesOf } from "../../../src/db/queries/tickets.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

/** Wall times at which `who` received a message mentioning `fragment`. */
const times = (fragment: string, who: string) => h.sentContaining(fragment, who).map((s) => s.at);

describe("overdue sweep", () => {
  it("a repair reported on Friday 17:00 alerts the technician at Monday 10:00 to the minute", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-27 17:00" });
    const ticket = h.reportRepair();
    await h.tickUntil("2026-11-30 09:00", 30);
    await h.tickUntil("2026-11-30 10:05");
    expect(times(`已超时：工单 ${ticket.number}`, "刘师傅")).toEqual(["2026-11-30 10:00"]);
    // The reminder comes at 80 % of the two working hours: 96 minutes, 30 of them on Friday.
    expect(times(`提醒：工单 ${ticket.number}`, "刘师傅")).toEqual(["2026-11-30 09:36"]);
  });

  it("a make-up Saturday is a working day: Friday 2026-10-09 17:00 is overdue on Saturday 10:00", async () => {
    h = await SchedulerHarness.open({ start: "2026-10-09 17:00" });
    const ticket = h.reportRepair();
    await h.tickUntil("2026-10-10 09:30", 30);
    await h.tickUntil("2026-10-10 10:01");
    expect(times(`已超时：工单 ${ticket.number}`, "刘师傅")).toEqual(["2026-10-10 10:00"]);
  });

  it("once someone has accepted, the alerts go to them instead of the post's members", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    const ticket = h.reportRepair();
    h.say("张主任", `接单 ${ticket.number}`);
    await h.tickUntil("2026-12-01 09:00", 10);
    const onsite = h.sentContaining(`工单 ${ticket.number}（报修：${ticket.summary}）的到场期限`);
    expect(onsite.map((s) => s.to)).toEqual(["张主任", "张主任"]);
  });

  it("a clerk's question pauses the clocks: no alert while waiting, the alert comes at the shifted time", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    const ticket = h.reportRepair();
    await h.tickUntil("2026-11-30 10:00");
    h.say("刘师傅", `询问 ${ticket.number} 是哪一台投影仪？`);
    // Waiting a whole day on the requester: the on-site reminder (due Monday 16:12) does not fire.
    await h.tickUntil("2026-12-01 10:00", 5);
    expect(h.sentContaining("的到场期限", "刘师傅")).toEqual([]);
    h.say("王老师", `补充 ${ticket.number} 讲台左边那台`);
    await h.tickUntil("2026-12-01 16:00", 30);
    await h.tickUntil("2026-12-01 16:20");
    await h.tickUntil("2026-12-02 08:30", 30);
    await h.tickUntil("2026-12-02 09:05");
    // 8 of the 9 working hours were left at the question; they run again from Tuesday 10:00.
    const about = `工单 ${ticket.number}（报修：${ticket.summary}）的到场期限`;
    expect(times(`提醒：${about}`, "刘师傅")).toEqual(["2026-12-01 16:12"]);
    expect(times(`已超时：${about}`, "刘师傅")).toEqual(["2026-12-02 09:00"]);
  });

  it("an overdue ticket is escalated to the office head one working hour later, and only once", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 08:30" });
    const ticket = h.reportRepair();
    await h.tickUntil("2026-11-30 12:00");
    const escalations = h.sentContaining(`超时升级：工单 ${ticket.number}`);
    expect(escalations.map((s) => [s.to, s.at])).toEqual([["张主任", "2026-11-30 11:30"]]);
    expect(escalations[0]!.message.text).toContain("后勤 尚未接单");
    const response = deadlinesOf(h.app.db, ticket.id).find((d) => d.milestone === "response")!;
    expect(response.alertLevel).toBe(3);
    expect(response.nextAlertAt).toBeNull();
  });

  it("the escalation span is an option", async () => {
    h = await SchedulerHarness.open({
      start: "2026-11-30 08:30",
      jobOptions: { escalateAfter: { hours: 3 } },
    });
    const ticket = h.reportRepair();
    await h.tickUntil("2026-11-30 14:00", 5);
    expect(times(`超时升级：工单 ${ticket.number}`, "张主任")).toEqual(["2026-11-30 13:30"]);
  });

  it("a ticket handled in time gets no alert", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    const ticket = h.reportRepair();
    h.say("刘师傅", `接单 ${ticket.number}`);
    await h.tickUntil("2026-11-30 10:00");
    h.say("刘师傅", `完成 ${ticket.number} 已更换灯泡`);
    await h.tickUntil("2026-12-10 09:00", 60);
    expect(h.outbox().filter((r) => r.kind.startsWith("sla-") || r.kind === "overdue-digest")).toEqual([]);
  });

  it("reads the due clocks through the partial index, not by scanning open tickets", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    const query = dueDeadlinesQuery(h.app.db).toSQL();
    const params = query.params.map((p) => (typeof p === "object" ? h.now.getTime() : p));
    const plan = h.app.db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...params);
    const details = plan.map((row) => (row as { detail: string }).detail).join("\n");
    expect(details).toMatch(/ticket_deadlines USING INDEX ticket_deadlines_next_alert/);
    expect(details).not.toMatch(/SCAN ticket_deadlines(?! USING INDEX)/);
  });
});
