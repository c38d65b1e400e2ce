import { DateTime } from "luxon";
import { schoolZone } from "../../domain/school-zone.js";
import type { Interval } from "./booking-slot.js";
import { hasEquipment } from "./equipment-rules.js";

export interface CandidateOptions {
  now: Date;
  timeZone: string;
  /** "HH:MM": the same-day search stays between the working day's bounds (widened to the request's own times). */
  dayStart: string;
  dayEnd: string;
  /** Local dates of the next working days, tried at the same clock time after the same day. */
  nextDays: readonly string[];
  stepMinutes?: number;
}

const clock = (hhmm: string) => {
  const [h = "0", m = "0"] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
};

/**
 * Other times for the same room, nearest first: the same day in half-hour steps either side (never in the past),
 * then the same clock time on the next working days.
 *
 * ```ts
 * candidateSlots(mon1400to1530, { now, timeZone, dayStart: "08:30", dayEnd: "17:30", nextDays: ["2026-12-01"] });
 * // 13:30, 14:30, 13:00, 15:00, … then Tue 14:00
 * ```
 */
export function candidateSlots(slot: Interval, o: CandidateOptions): Interval[] {
  const step = o.stepMinutes ?? 30;
  const length = slot.end.getTime() - slot.start.getTime();
  const start = DateTime.fromJSDate(slot.start, { zone: schoolZone(o.timeZone) });
  const end = DateTime.fromJSDate(slot.end, { zone: schoolZone(o.timeZone) });
  const midnight = start.startOf("day");
  const from = Math.min(clock(o.dayStart), start.hour * 60 + start.minute);
  const to = Math.max(clock(o.dayEnd), end.hasSame(start, "day") ? end.hour * 60 + end.minute : 24 * 60);
  const sameDay: { at: DateTime; distance: number }[] = [];
  for (let offset = step; offset <= 24 * 60; offset += step) {
    for (const sign of [-1, 1]) {
      const at = start.plus({ minutes: sign * offset });
      const minuteOfDay = at.diff(midnight, "minutes").minutes;
      if (minuteOfDay < from || minuteOfDay + length / 60_000 > to || at.toJSDate() < o.now) continue;
      sameDay.push({ at, distance: offset });
    }
  }
  const later = o.nextDays.map((date) => {
    const day = DateTime.fromISO(date, { zone: schoolZone(o.timeZone) });
    return day.set({ hour: start.hour, minute: start.minute, second: 0, millisecond: 0 });
  });
  return [...sameDay.map((s) => s.at), ...later].map((at) => ({
    start: at.toJSDate(),
    end: new Date(at.toMillis() + length),
  }));
}

export interface RoomFit {
  id: string;
  capacity: number;
  equipment: readonly string[];
}

/**
 * Rooms that can take a request instead of `roomId`: enough seats and the equipment asked for, the closest
 * capacity first (a 20-person meeting goes to the 25-seat room, not the 200-seat hall).
 */
export function similarRooms<R extends RoomFit>(
  rooms: readonly R[],
  request: { roomId: string; attendees: number | null; equipment: readonly string[] },
): R[] {
  const seats = request.attendees ?? 1;
  return rooms
    .filter(
      (r) => r.id !== request.roomId && r.capacity >= seats && hasEquipment(r.equipment, request.equipment),
    )
    .sort((a, b) => a.capacity - b.capacity || a.id.localeCompare(b.id));
}
