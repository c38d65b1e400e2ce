/** A span of time [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface HeldSlot {
  teaching: boolean;
}

/**
 * What a request may do with the bookings already holding its slot (G6): nothing there → "free"; only
 * non-teaching bookings and the request is teaching → "displace" (the office decides); otherwise "taken".
 *
 * ```ts
 * slotDecision({ teaching: true }, [{ teaching: false }]); // "displace"
 * ```
 */
export function slotDecision(request: HeldSlot, holders: readonly HeldSlot[]): "free" | "displace" | "taken" {
  if (holders.length === 0) return "free";
  if (request.teaching && holders.every((h) => !h.teaching)) return "displace";
  return "taken";
}
