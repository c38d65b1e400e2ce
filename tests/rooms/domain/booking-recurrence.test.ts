import { describe, expect, it } from "vitest";
import { type DayKind, expandRecurrence } from "../../../src/rooms/domain/booking-recurrence.js";

const timeZone = "Asia/Shanghai";
const holidays = new Set(["2026-12-14", "2026-12-31"]);
const makeUpDays = new Set(["2026-12-26"]);
function dayKind(date: string): DayKind {
  if (holidays.has(date)) return "holiday";
  if (makeUpDays.has(date)) return "working";
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? "weekend" : "working";
}
const slot = (date: string, from: string, to: string) => ({
  start: new Date(`${date}T${from}:00+08:00`),
  end: new Date(`${date}T${to}:00+08:00`),
});
const dates = (e: ReturnType<typeof expandRecurrence>) => e.occurrences.map((o) => o.date);

describe("recurring bookings", () => {
  it("repeats every Monday at the same time and skips a Monday holiday", () => {
    const e = expandRecurrence(
      slot("2026-11-30", "14:00", "15:30"),
      { unit: "week", interval: 1, count: 4 },
      { timeZone, dayKind },
    );
    expect(dates(e)).toEqual(["2026-11-30", "2026-12-07", "2026-12-21"]);
    expect(e.skipped).toEqual([{ date: "2026-12-14", kind: "holiday" }]);
    expect(e.occurrences[2]!.start.toISOString()).toBe("2026-12-21T06:00:00.000Z");
    expect(e.occurrences[2]!.end.toISOString()).toBe("2026-12-21T07:30:00.000Z");
  });

  it("repeats every other week", () => {
    const e = expandRecurrence(
      slot("2026-11-30", "09:00", "10:00"),
      { unit: "week", interval: 2, count: 3 },
      { timeZone, dayKind },
    );
    expect(dates(e)).toEqual(["2026-11-30", "2026-12-28"]);
    expect(e.skipped.map((s) => s.date)).toEqual(["2026-12-14"]);
  });

  it("counts working days for a daily series, make-up Saturday included, holidays listed", () => {
    const e = expandRecurrence(
      slot("2026-12-24", "08:00", "09:00"),
      { unit: "day", interval: 1, count: 4 },
      { timeZone, dayKind },
    );
    expect(dates(e)).toEqual(["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-28"]);
    const longer = expandRecurrence(
      slot("2026-12-29", "08:00", "09:00"),
      { unit: "day", interval: 1, count: 3 },
      { timeZone, dayKind },
    );
    expect(dates(longer)).toEqual(["2026-12-29", "2026-12-30", "2027-01-01"]);
    expect(longer.skipped).toEqual([{ date: "2026-12-31", kind: "holiday" }]);
  });

  it("keeps a weekend series on its weekend days but still skips holidays", () => {
    const e = expandRecurrence(
      slot("2026-12-05", "09:00", "11:00"),
      { unit: "week", interval: 1, count: 2 },
      { timeZone, dayKind },
    );
    expect(dates(e)).toEqual(["2026-12-05", "2026-12-12"]);
  });
});
