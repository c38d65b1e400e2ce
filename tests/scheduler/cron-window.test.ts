import { createTask } from "node-cron";
import { afterAll, describe, expect, it } from "vitest";
import { CronWindow } from "../../src/scheduler/cron-window.js";
import { at } from "../support/scheduler-harness.js";

const tasks: { destroy(): unknown }[] = [];
function windowOf(schedule: string, timeZone = "Asia/Shanghai"): CronWindow {
  const task = createTask(schedule, () => undefined, { timezone: timeZone });
  tasks.push(task);
  return new CronWindow(task, schedule, timeZone);
}
afterAll(async () => {
  for (const task of tasks) await task.destroy();
});

const between = (w: CronWindow, from: string, to: string) =>
  w.firedBetween(at(from).getTime(), at(to).getTime());

describe("cron window", () => {
  it("a daily 08:30 schedule fired in a window containing 08:30 school time", () => {
    const w = windowOf("30 8 * * *");
    expect(between(w, "2026-11-27 17:00", "2026-11-30 10:00")).toBe(true);
    expect(between(w, "2026-11-30 08:29", "2026-11-30 08:30")).toBe(true);
  });

  it("the window is open at the start and closed at the end", () => {
    const w = windowOf("30 8 * * *");
    expect(between(w, "2026-11-30 08:30", "2026-11-30 10:00")).toBe(false);
    expect(between(w, "2026-11-30 08:00", "2026-11-30 08:29")).toBe(false);
  });

  it("reads the schedule in the school's zone, not UTC", () => {
    const w = windowOf("30 8 * * *");
    // 08:30 UTC is 16:30 in Shanghai.
    expect(w.firedBetween(Date.UTC(2026, 10, 30, 8, 0), Date.UTC(2026, 10, 30, 9, 0))).toBe(false);
    expect(w.firedBetween(Date.UTC(2026, 10, 30, 0, 0), Date.UTC(2026, 10, 30, 1, 0))).toBe(true);
  });

  it("gets a clock change right where the offset differs inside the window", () => {
    // Europe/Berlin moves from +01:00 to +02:00 on 2026-03-29 at 02:00.
    const w = windowOf("30 3 * * *", "Europe/Berlin");
    expect(w.firedBetween(Date.UTC(2026, 2, 28, 23, 0), Date.UTC(2026, 2, 29, 1, 29))).toBe(false);
    expect(w.firedBetween(Date.UTC(2026, 2, 28, 23, 0), Date.UTC(2026, 2, 29, 1, 30))).toBe(true);
  });

  it("a weekday schedule does not fire on a weekend", () => {
    const w = windowOf("0 9 * * 1-5");
    expect(between(w, "2026-11-28 00:00", "2026-11-29 23:59")).toBe(false);
    expect(between(w, "2026-11-28 00:00", "2026-11-30 09:00")).toBe(true);
  });
});
