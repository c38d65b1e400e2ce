import { describe, expect, it } from "vitest";
import { isWorkingDayBefore, workingDaysBefore } from "../../../src/rooms/domain/booking-schedule.js";

const closed = new Set(["2026-12-31"]);
const isWorkingDay = (date: string) => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closed.has(date);
};

describe("dates before a booking", () => {
  it("finds the third working day before a Monday meeting (G3)", () => {
    expect(workingDaysBefore("2026-11-30", 3, isWorkingDay)).toBe("2026-11-25");
  });

  it("skips a closure when counting back", () => {
    expect(workingDaysBefore("2027-01-04", 3, isWorkingDay)).toBe("2026-12-29");
  });

  it("asks about a Monday booking on the Friday before, not on Thursday (G6)", () => {
    expect(isWorkingDayBefore("2026-11-27", "2026-11-30", isWorkingDay)).toBe(true);
    expect(isWorkingDayBefore("2026-11-26", "2026-11-30", isWorkingDay)).toBe(false);
    expect(isWorkingDayBefore("2026-11-28", "2026-11-30", isWorkingDay)).toBe(false);
  });
});
