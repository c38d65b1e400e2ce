import { afterEach, describe, expect, it } from "vitest";
import { loadDirectory } from "../../../src/directory/load-directory.js";
import { holidayArrangementReminderJob } from "../../../src/scheduler/jobs/holiday-arrangement-reminder.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

const reminders = () => h.sentContaining("节假日调休安排还没有载入", "张主任");
const onlyThisJob = { jobs: () => [holidayArrangementReminderJob("08:30", "/srv/office-desk")] };

describe("missing holiday arrangement reminder", () => {
  it("from 1 November the office head is told once a week, on a working morning, how to add next year's", async () => {
    h = await SchedulerHarness.open({ start: "2026-10-26 09:00", ...onlyThisJob });
    await h.tickUntil("2026-11-18 12:00", 30);
    // Nothing in October; 1 November 2026 is a Sunday, so the weeks' first working mornings are 2, 9 and 16.
    expect(reminders().map((r) => r.at)).toEqual([
      "2026-11-02 08:30",
      "2026-11-09 08:30",
      "2026-11-16 08:30",
    ]);
    const text = reminders()[0]!.message.text;
    expect(text).toContain("2027年的节假日调休安排还没有载入");
    expect(text).toContain("/srv/office-desk/holidays-2027.yaml");
    expect(text).toContain("year: 2027");
    expect(text).toContain("重启机器人");
    expect(text).toContain("回复“日历 2027”核对");
    // Nobody else gets it.
    expect(h.sentContaining("节假日调休安排还没有载入").every((r) => r.to === "张主任")).toBe(true);
  });

  it("a restart in the same week sends no second reminder", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-02 08:00", ...onlyThisJob });
    await h.tickUntil("2026-11-02 09:00", 30);
    await h.close();
    h = await h.reopen(onlyThisJob);
    await h.tickUntil("2026-11-04 09:00", 30);
    expect(
      h.app.db.$client.prepare("select count(*) n from outbox where kind = 'holiday-arrangement'").get(),
    ).toEqual({
      n: 1,
    });
  });

  it("stops once the arrangement is loaded", async () => {
    const directory = loadDirectory("examples/directory.yaml");
    directory.holiday_arrangements.push({
      year: 2027,
      holidays: [{ date: "2027-01-01", name: "元旦" }],
      workdays: [],
    });
    h = await SchedulerHarness.open({ start: "2026-11-01 09:00", directory, ...onlyThisJob });
    await h.tickUntil("2026-11-18 12:00", 30);
    expect(reminders()).toEqual([]);
  });
});
