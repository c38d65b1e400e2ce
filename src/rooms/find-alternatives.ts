import type { DbOrTx } from "../db/database.js";
import { type BookingRequest, conflictsOf } from "../db/queries/bookings.js";
import { activeRooms } from "../db/queries/rooms.js";
import type { EngineContext } from "../engine/context.js";
import { candidateSlots, similarRooms } from "./domain/alternative-slots.js";
import type { Interval } from "./domain/booking-slot.js";

export interface Alternative extends Interval {
  roomId: string;
}

export interface AlternativeOptions {
  /** Most alternatives offered (default 4: up to half other times, the rest other rooms). */
  max?: number;
  /** Bookings to ignore, e.g. the one being moved. */
  ignoreIds?: readonly number[];
  /** How many following working days to try at the same time (default 3). */
  days?: number;
}

function* take<T>(items: Iterable<T>, keep: (item: T) => boolean, limit: number): Generator<T> {
  let n = 0;
  for (const item of items) {
    if (n >= limit) return;
    if (keep(item)) {
      n++;
      yield item;
    }
  }
}

/**
 * The nearest free alternatives to a slot that is taken: the same room at other times (same day first, then
 * the next working days) and similar rooms at the same time (enough seats and the equipment asked for).
 */
export function findAlternatives(
  ctx: Pick<EngineContext, "calendar" | "settings" | "clock">,
  db: DbOrTx,
  request: BookingRequest,
  options: AlternativeOptions = {},
): Alternative[] {
  const max = options.max ?? 4;
  const ignore = options.ignoreIds ?? [];
  const free = (a: Alternative) => conflictsOf(db, a.roomId, a.start, a.end, ignore).length === 0;
  const nextDays: string[] = [];
  let day = ctx.calendar.localDate(request.start);
  for (let i = 0; i < (options.days ?? 3); i++) {
    day = ctx.calendar.nextWorkingDay(day);
    nextDays.push(day);
  }
  const times = candidateSlots(request, {
    now: ctx.clock(),
    timeZone: ctx.settings.timeZone,
    dayStart: ctx.settings.workStart,
    dayEnd: ctx.settings.workEnd,
    nextDays,
  }).map((slot) => ({ roomId: request.roomId, ...slot }));
  const active = activeRooms(db);
  const rooms = similarRooms(active, request).map((room) => ({
    roomId: room.id,
    start: request.start,
    end: request.end,
  }));
  const sameRoom = [...take(times, free, max)];
  const otherRooms = [...take(rooms, free, max)];
  const half = Math.ceil(max / 2);
  const fromRooms = Math.max(max - Math.min(sameRoom.length, half), 0);
  const picked = otherRooms.slice(0, fromRooms);
  return [...sameRoom.slice(0, max - picked.length), ...picked];
}
