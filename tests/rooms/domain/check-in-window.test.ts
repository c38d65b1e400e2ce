import { describe, expect, it } from "vitest";
import { checkInState, checkInWindow, dueForRelease } from "../../../src/rooms/domain/check-in-window.js";

const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+08:00`);
const booking = { start: at("14:00"), end: at("15:30") };

describe("check-in times", () => {
  it("opens 15 minutes before the start and releases after the grace period", () => {
    const window = checkInWindow(booking, 15);
    expect(window.opensAt).toEqual(at("13:45"));
    expect(window.releaseAt).toEqual(at("14:15"));
    expect(window.closesAt).toEqual(at("15:30"));
  });

  it("says whether someone may check in now", () => {
    expect(checkInState(booking, at("13:44"))).toBe("too-early");
    expect(checkInState(booking, at("13:45"))).toBe("open");
    expect(checkInState(booking, at("15:29"))).toBe("open");
    expect(checkInState(booking, at("15:30"))).toBe("over");
  });

  it("releases at the end of a grace period, never later than the booking's end", () => {
    expect(dueForRelease(booking, at("14:14"), 15)).toBe(false);
    expect(dueForRelease(booking, at("14:15"), 15)).toBe(true);
    expect(dueForRelease({ start: at("14:00"), end: at("14:10") }, at("14:10"), 15)).toBe(true);
  });
});
