import type { Interval } from "./booking-slot.js";

/** Check-in opens this long before the start, so people arriving early can check in. */
export const checkInOpensMinutesBefore = 15;

export interface CheckInWindow {
  opensAt: Date;
  /** Not checked in by then: the room is released (the grace period, default 15 minutes). */
  releaseAt: Date;
  closesAt: Date;
}

const minutes = (m: number) => m * 60_000;

export function checkInWindow(booking: Interval, graceMinutes: number): CheckInWindow {
  const releaseAt = new Date(
    Math.min(booking.start.getTime() + minutes(graceMinutes), booking.end.getTime()),
  );
  return {
    opensAt: new Date(booking.start.getTime() - minutes(checkInOpensMinutesBefore)),
    releaseAt,
    closesAt: booking.end,
  };
}

/**
 * Whether someone may check in now: too early, open, or the booking is over. Between `releaseAt` and the end
 * a check-in still counts while the release job has not yet freed the room.
 */
export function checkInState(booking: Interval, now: Date): "too-early" | "open" | "over" {
  if (now.getTime() < booking.start.getTime() - minutes(checkInOpensMinutesBefore)) return "too-early";
  if (now >= booking.end) return "over";
  return "open";
}

/** Whether a booking nobody checked in to should be released now. */
export function dueForRelease(booking: Interval, now: Date, graceMinutes: number): boolean {
  return now >= checkInWindow(booking, graceMinutes).releaseAt;
}
