import type { Locale } from "../core/locale.js";
import type { DbOrTx } from "../db/database.js";
import { openBookingCount } from "../db/queries/bookings.js";
import type { EngineContext } from "../engine/context.js";
import { dayText } from "./booking-format.js";
import { type BookingLimitRules, checkLimits, type LimitRefusal } from "./domain/booking-limits.js";
import type { Interval } from "./domain/booking-slot.js";
import { bookingTexts } from "./texts/index.js";

export function limitRules(ctx: EngineContext): BookingLimitRules {
  const limits = ctx.directory.booking_limits;
  return { maxDaysAhead: limits.max_days_ahead, maxHours: limits.max_hours, maxOpen: limits.max_open };
}

export interface LimitQuestion {
  personId: number;
  /** Every slot asked for (one, or a series). */
  slots: readonly Interval[];
  /** A change of an existing booking does not add an open booking. */
  isNew: boolean;
}

/** The directory's per-person limits (max days ahead, max length, max open bookings) applied to a request. */
export function limitProblem(ctx: EngineContext, db: DbOrTx, q: LimitQuestion): LimitRefusal | undefined {
  const now = ctx.clock();
  const last = q.slots.reduce((a, b) => (b.start > a.start ? b : a), q.slots[0]!);
  const longest = Math.max(...q.slots.map((s) => s.end.getTime() - s.start.getTime()));
  return checkLimits(limitRules(ctx), {
    today: ctx.calendar.localDate(now),
    lastDay: ctx.calendar.localDate(last.start),
    minutes: longest / 60_000,
    openCount: q.isNew ? openBookingCount(db, q.personId, now) : 0,
  });
}

/** The polite refusal explaining the limit. */
export function limitText(ctx: EngineContext, refusal: LimitRefusal, locale: Locale): string {
  const t = bookingTexts(locale);
  switch (refusal.limit) {
    case "days-ahead":
      return t.limitDaysAhead(refusal.max, dayText(ctx, refusal.latestDay, locale));
    case "too-long":
      return t.limitTooLong(refusal.max, refusal.hours);
    case "too-many":
      return t.limitTooMany(refusal.max, refusal.open);
  }
}
