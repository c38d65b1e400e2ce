import { describe, expect, it } from "vitest";
import { overlaps, slotDecision } from "../../../src/rooms/domain/booking-slot.js";

const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00+08:00`);

describe("booking slots", () => {
  it("treats back-to-back bookings as not overlapping", () => {
    expect(overlaps({ start: at("14:00"), end: at("15:00") }, { start: at("15:00"), end: at("16:00") })).toBe(
      false,
    );
    expect(overlaps({ start: at("14:00"), end: at("15:01") }, { start: at("15:00"), end: at("16:00") })).toBe(
      true,
    );
  });

  it("gives a free slot to anyone", () => {
    expect(slotDecision({ teaching: false }, [])).toBe("free");
  });

  it("lets a teaching request ask to displace non-teaching bookings only (G6)", () => {
    expect(slotDecision({ teaching: true }, [{ teaching: false }, { teaching: false }])).toBe("displace");
    expect(slotDecision({ teaching: true }, [{ teaching: false }, { teaching: true }])).toBe("taken");
    expect(slotDecision({ teaching: false }, [{ teaching: false }])).toBe("taken");
  });
});
