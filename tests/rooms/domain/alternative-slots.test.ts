import { describe, expect, it } from "vitest";
import { candidateSlots, similarRooms } from "../../../src/rooms/domain/alternative-slots.js";

const timeZone = "Asia/Shanghai";
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const wall = (d: Date) => d.toLocaleString("sv-SE", { timeZone }).slice(0, 16);

describe("alternatives to a taken slot", () => {
  const options = {
    now: at("2026-11-26", "10:00"),
    timeZone,
    dayStart: "08:30",
    dayEnd: "17:30",
    nextDays: ["2026-12-01", "2026-12-02"],
  };

  it("tries the same day nearest first, within working hours, then the same time on the next working days", () => {
    const slots = candidateSlots(
      { start: at("2026-11-30", "15:30"), end: at("2026-11-30", "16:30") },
      options,
    );
    const starts = slots.map((s) => wall(s.start));
    expect(starts.slice(0, 5)).toEqual([
      "2026-11-30 15:00",
      "2026-11-30 16:00",
      "2026-11-30 14:30",
      "2026-11-30 16:30",
      "2026-11-30 14:00",
    ]);
    expect(starts).not.toContain("2026-11-30 17:00");
    expect(starts).toContain("2026-11-30 08:30");
    expect(starts.slice(-2)).toEqual(["2026-12-01 15:30", "2026-12-02 15:30"]);
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 60 * 60_000)).toBe(true);
  });

  it("never offers a time already past", () => {
    const slots = candidateSlots(
      { start: at("2026-11-26", "11:00"), end: at("2026-11-26", "12:00") },
      options,
    );
    expect(slots.every((s) => s.start >= options.now)).toBe(true);
    expect(wall(slots[0]!.start)).toBe("2026-11-26 10:30");
  });

  it("suggests rooms with enough seats and the equipment asked for, closest size first", () => {
    const rooms = [
      { id: "hall", capacity: 200, equipment: ["投影仪", "话筒", "音响"] },
      { id: "r301", capacity: 20, equipment: ["投影仪", "话筒", "白板"] },
      { id: "r105", capacity: 8, equipment: ["电视屏", "白板"] },
      { id: "a201", capacity: 45, equipment: ["投影仪", "话筒", "电脑"] },
    ];
    const picked = similarRooms(rooms, { roomId: "r301", attendees: 15, equipment: ["projector"] });
    expect(picked.map((r) => r.id)).toEqual(["a201", "hall"]);
    expect(similarRooms(rooms, { roomId: "hall", attendees: 6, equipment: [] }).map((r) => r.id)).toEqual([
      "r105",
      "r301",
      "a201",
    ]);
  });
});
