import { afterEach, describe, expect, it } from "vitest";
import { sendDailyDigests } from "../../../src/scheduler/jobs/daily-digest.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

const digests = (who: string) => h.sentContaining("早上好", who);

describe("daily digest", () => {
  it("each clerk gets their post's queue at 08:30 on working days, overdue tickets first", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-26 16:00" });
    // Thursday: a door lock (ordinary priority), overdue by Monday. Friday: an urgent projector, due Monday 10:00.
    const lock = h.fileTicket("李老师", ["教学楼A302 门锁坏了 分机 8022", "否", "确认"]);
    await h.tickUntil("2026-11-27 17:00", 10);
    const projector = h.reportRepair();
    await h.tickUntil("2026-11-30 08:40", 10);

    expect(digests("刘师傅").map((s) => s.at)).toEqual(["2026-11-27 08:30", "2026-11-30 08:30"]);
    const monday = digests("刘师傅")[1]!.message.text.split("\n");
    expect(monday[0]).toBe("📋 刘师傅，早上好！后勤今日待办 2 件，其中已超时 1 件（排在最前）：");
    expect(monday[1]).toContain(lock.number);
    expect(monday[1]).toContain("⏰已超时");
    expect(monday[2]).toContain(`🔴${projector.number}`);
    // Nobody else has anything in their queue, so nobody else is messaged.
    expect(h.sentContaining("早上好").map((s) => s.to)).toEqual(["刘师傅", "刘师傅"]);
  });

  it("is sent on a make-up Saturday and not on a Sunday", async () => {
    h = await SchedulerHarness.open({ start: "2026-10-09 16:00" });
    h.reportRepair();
    await h.tickUntil("2026-10-12 08:40", 10);
    expect(digests("刘师傅").map((s) => s.at)).toEqual(["2026-10-10 08:30", "2026-10-12 08:30"]);
  });

  it("is sent once a day even if the job runs again after a restart", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 08:00" });
    h.reportRepair();
    h.setNow("2026-11-30 09:00");
    expect(sendDailyDigests(h.app.context, h.now, "08:30")).toBe(1);
    expect(sendDailyDigests(h.app.context, h.now, "08:30")).toBe(0);
  });

  it("a restart late in the evening does not send a morning digest", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 08:00" });
    h.reportRepair();
    h.setNow("2026-11-30 19:00");
    expect(sendDailyDigests(h.app.context, h.now, "08:30")).toBe(0);
  });
});
