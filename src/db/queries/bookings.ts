import { and, asc, eq, gt, gte, inArray, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { bookings, rooms } from "../schema.js";

export type Booking = typeof bookings.$inferSelect;
export type BookingStatus = Booking["status"];

export interface BookingRequest {
  roomId: string;
  start: Date;
  end: Date;
  purpose: string;
  teaching: boolean;
  attendees: number | null;
  equipment: string[];
}

/** Bookings that hold a slot: approved and checked-in ones, and pending ones tentatively (G6). */
export const holdingStatuses = [
  "pending",
  "approved",
  "checked_in",
] as const satisfies readonly BookingStatus[];

/** Bookings holding any part of [start, end) in a room, except the ones listed in `ignoreIds`. */
export function conflictsOf(
  db: DbOrTx,
  roomId: string,
  start: Date,
  end: Date,
  ignoreIds: readonly number[] = [],
): Booking[] {
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
    .orderBy(asc(bookings.startAt))
    .all()
    .filter((b) => !ignoreIds.includes(b.id));
}

export interface NewBooking {
  request: BookingRequest;
  requesterId: number;
  ticketId: number | null;
  now: Date;
  seriesId?: string | null;
  needsDisplacement?: boolean;
  status?: "pending" | "approved";
}

/** Writes a booking; call inside the write transaction that checked `conflictsOf` (see `reserveIn`). */
export function insertBooking(db: DbOrTx, b: NewBooking): Booking {
  const { request } = b;
  return db
    .insert(bookings)
    .values({
      roomId: request.roomId,
      ticketId: b.ticketId,
      requesterId: b.requesterId,
      purpose: request.purpose,
      teaching: request.teaching,
      attendees: request.attendees,
      equipment: request.equipment,
      startAt: request.start,
      endAt: request.end,
      status: b.status ?? "pending",
      seriesId: b.seriesId ?? null,
      needsDisplacement: b.needsDisplacement ?? false,
      createdAt: b.now,
      updatedAt: b.now,
    })
    .returning()
    .get();
}

export function updateBooking(
  db: DbOrTx,
  id: number,
  patch: Partial<Omit<typeof bookings.$inferInsert, "id">>,
  now: Date,
): Booking {
  return db
    .update(bookings)
    .set({ ...patch, updatedAt: now })
    .where(eq(bookings.id, id))
    .returning()
    .get();
}

/** Every booking a ticket made (one, or a recurring series), in date order. */
export function bookingsOfTicket(db: DbOrTx, ticketId: number): Booking[] {
  return db
    .select()
    .from(bookings)
    .where(eq(bookings.ticketId, ticketId))
    .orderBy(asc(bookings.startAt))
    .all();
}

/** A person's bookings that still hold a slot and have not ended, in date order. */
export function upcomingBookingsOf(db: DbOrTx, personId: number, now: Date): Booking[] {
  return db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.requesterId, personId),
        inArray(bookings.status, [...holdingStatuses]),
        gt(bookings.endAt, now),
      ),
    )
    .orderBy(asc(bookings.startAt))
    .all();
}

/** Open bookings for the `max_open` limit: a recurring series (one ticket) counts once. */
export function openBookingCount(db: DbOrTx, personId: number, now: Date): number {
  const keys = new Set(upcomingBookingsOf(db, personId, now).map((b) => b.seriesId ?? `booking:${b.id}`));
  return keys.size;
}

/** Bookings in a status whose start lies in [from, to), for the jobs' sweeps. */
export function bookingsStartingBetween(
  db: DbOrTx,
  statuses: readonly BookingStatus[],
  from: Date,
  to: Date,
): Booking[] {
  return db
    .select()
    .from(bookings)
    .where(
      and(inArray(bookings.status, [...statuses]), lt(bookings.startAt, to), gte(bookings.startAt, from)),
    )
    .orderBy(asc(bookings.startAt))
    .all();
}

/** Holding bookings of a room overlapping [from, to), e.g. for its calendar feed. */
export function roomBookingsBetween(db: DbOrTx, roomId: string, from: Date, to: Date): Booking[] {
  return conflictsOf(db, roomId, from, to);
}

/** Pending bookings not yet over, for the approval reminder. */
export function pendingBookings(db: DbOrTx, now: Date): Booking[] {
  return db
    .select()
    .from(bookings)
    .where(and(eq(bookings.status, "pending"), gt(bookings.endAt, now)))
    .orderBy(asc(bookings.createdAt))
    .all();
}

/** Bookings still to be held between now and `until` whose equipment nobody has confirmed yet. */
export function unconfirmedEquipmentBookings(db: DbOrTx, now: Date, until: Date): Booking[] {
  return db
    .select()
    .from(bookings)
    .where(
      and(
        inArray(bookings.status, ["pending", "approved"]),
        isNull(bookings.equipmentConfirmedAt),
        gt(bookings.startAt, now),
        lt(bookings.startAt, until),
      ),
    )
    .all();
}

/** A requester's bookings still ahead, with their rooms, soonest first. */
export function upcomingBookingsWithRooms(db: DbOrTx, requesterId: number, now: Date, limit = 20) {
  return db
    .select({ booking: bookings, room: rooms })
    .from(bookings)
    .innerJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(
      and(
        eq(bookings.requesterId, requesterId),
        inArray(bookings.status, [...holdingStatuses]),
        gt(bookings.endAt, now),
      ),
    )
    .orderBy(asc(bookings.startAt))
    .limit(limit)
    .all();
}

export function getBooking(db: DbOrTx, id: number): Booking | undefined {
  return db.select().from(bookings).where(eq(bookings.id, id)).get();
}
