import { describe, expect, it } from "vitest";
import { checkLimits } from "../../../src/rooms/domain/booking-limits.js";

const rules = { maxDaysAhead: 60, maxHours: 8, maxOpen: 10 };
const ok = { today: "2026-11-26", lastDay: "2026-11-30", minutes: 90, openCount: 0 };

describe("per-person booking limits", () => {
  it("allows a booking within every limit, 60 days ahead included", () => {
    expect(checkLimits(rules, ok)).toBeUndefined();
    expect(checkLimits(rules, { ...ok, lastDay: "2027-01-25" })).toBeUndefined();
  });

  it("names the latest bookable day when a date is too far ahead", () => {
    expect(checkLimits(rules, { ...ok, lastDay: "2027-01-26" })).toEqual({
      limit: "days-ahead",
      max: 60,
      latestDay: "2027-01-25",
    });
  });

  it("refuses a booking longer than the maximum length, with its length in hours", () => {
    expect(checkLimits(rules, { ...ok, minutes: 9 * 60 + 30 })).toEqual({
      limit: "too-long",
      max: 8,
      hours: 9.5,
    });
  });

  it("refuses one booking more than the open maximum", () => {
    expect(checkLimits(rules, { ...ok, openCount: 9 })).toBeUndefined();
    expect(checkLimits(rules, { ...ok, openCount: 10 })).toEqual({ limit: "too-many", max: 10, open: 10 });
  });
});
