import type { Db, Tx } from "../db/database.js";
import { type Booking, type BookingRequest, conflictsOf, insertBooking } from "../db/queries/bookings.js";
import { slotDecision } from "./domain/booking-slot.js";

export interface ReserveInput {
  request: BookingRequest;
  requesterId: number;
  ticketId: number | null;
  now: Date;
  seriesId?: string | null;
  /** "approved" for the office's own holds (a meeting's venue); default "pending". */
  status?: "pending" | "approved";
}

export type ReserveResult =
  | { ok: true; booking: Booking; displaces: Booking[] }
  | { ok: false; conflicts: Booking[] };

/**
 * Checks a slot and writes the booking in the caller's write transaction: a free slot is held (pending); a
 * teaching request over only non-teaching bookings is held as "needs displacement" for the office to decide;
 * anything else is refused with the bookings in the way.
 */
export function reserveIn(tx: Tx, input: ReserveInput): ReserveResult {
  const { request } = input;
  const conflicts = conflictsOf(tx, request.roomId, request.start, request.end);
  const decision = slotDecision(request, conflicts);
  if (decision === "taken") return { ok: false, conflicts };
  const booking = insertBooking(tx, { ...input, needsDisplacement: decision === "displace" });
  return { ok: true, booking, displaces: decision === "displace" ? conflicts : [] };
}

/**
 * `reserveIn` in its own IMMEDIATE transaction: the write lock is taken before the check, so of many
 * simultaneous requests for one slot (from any number of connections or processes) exactly one wins.
 *
 * ```ts
 * const result = reserveSlot(db, { request, requesterId: 7, ticketId: null, now: new Date() });
 * if (!result.ok) console.log("taken by", result.conflicts[0]?.requesterId);
 * ```
 */
export function reserveSlot(db: Db, input: ReserveInput): ReserveResult {
  return db.transaction((tx) => reserveIn(tx, input), { behavior: "immediate" });
}
