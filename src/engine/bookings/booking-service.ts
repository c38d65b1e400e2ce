import { and, eq, gt, inArray, lt } from "drizzle-orm";
import type { DbOrTx } from "../../db/database.js";
import { bookings } from "../../db/schema.js";

export type Booking = typeof bookings.$inferSelect;

export interface BookingRequest {
  roomId: string;
  start: Date;
  end: Date;
  purpose: string;
  teaching: boolean;
  attendees: number | null;
  equipment: string[];
}

/** Bookings that hold a slot: approved ones, and pending ones tentatively (G6). */
export const holdingStatuses = ["pending", "approved", "checked_in"] as const;

export function conflictsOf(db: DbOrTx, roomId: string, start: Date, end: Date, ignoreId?: number): Booking[] {
  return db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.roomId, roomId),
        inArray(bookings.status, [...holdingStatuses]),
        lt(bookings.startAt, end),
        gt(bookings.endAt, start),
      ),
    )
    .all()
    .filter((b) => b.id !== ignoreId);
}

/** Writes a pending booking; call inside the write transaction that checked `conflictsOf`. */
export function insertBooking(
  db: DbOrTx,
  request: BookingRequest,
  requesterId: number,
  ticketId: number | null,
  now: Date,
  seriesId: string | null = null,
): Booking {
  return db
    .insert(bookings)
    .values({
      roomId: request.roomId,
      ticketId,
      requesterId,
      purpose: request.purpose,
      teaching: request.teaching,
      attendees: request.attendees,
      equipment: request.equipment,
      startAt: request.start,
      endAt: request.end,
      status: "pending",
      seriesId,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}

export interface RoomLike {
  id: string;
  capacity: number;
  equipment: readonly string[];
}

export interface Alternative {
  roomId: string;
  start: Date;
  end: Date;
}

export interface AlternativeOptions {
  /** Candidate starts for the same room, in order (e.g. later slots today, then the next working days). */
  laterStarts: readonly Date[];
  rooms: readonly RoomLike[];
  max?: number;
}

/**
 * The nearest free alternatives to a taken slot: the same room at other times first, then similar rooms
 * (enough seats, the requested equipment) at the same time, smallest fitting room first.
 */
export function findAlternatives(db: DbOrTx, request: BookingRequest, options: AlternativeOptions): Alternative[] {
  const max = options.max ?? 3;
  const length = request.end.getTime() - request.start.getTime();
  const out: Alternative[] = [];
  for (const start of options.laterStarts) {
    if (out.length >= Math.ceil(max / 2) + 1) break;
    const end = new Date(start.getTime() + length);
    if (conflictsOf(db, request.roomId, start, end).length === 0) out.push({ roomId: request.roomId, start, end });
  }
  const similar = options.rooms
    .filter((r) => r.id !== request.roomId)
    .filter((r) => r.capacity >= (request.attendees ?? 1))
    .filter((r) => request.equipment.every((e) => r.equipment.some((have) => have.includes(e) || e.includes(have))))
    .sort((a, b) => a.capacity - b.capacity);
  for (const room of similar) {
    if (out.length >= max + 1) break;
    if (conflictsOf(db, room.id, request.start, request.end).length === 0) {
      out.push({ roomId: room.id, start: request.start, end: request.end });
    }
  }
  return out.slice(0, max + 1);
}
