import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { DbOrTx } from "../db/database.js";
import { roomById } from "../db/queries/rooms.js";
import { schoolZone } from "../domain/school-zone.js";
import type { EngineContext } from "../engine/context.js";
import { formatDateTime, formatTimeRange } from "../understanding/parsers/date-time.js";
import type { Interval } from "./domain/booking-slot.js";

/** A room's name in the reader's language ("301会议室" / "Meeting room 301"); the id if it is unknown. */
export function roomTitle(db: DbOrTx, id: string, locale: Locale): string {
  const room = roomById(db, id);
  if (!room) return id;
  return locale === "en" ? (room.nameEn ?? room.name) : room.name;
}

/** "11月30日(周一) 14:00–15:30" relative to the clock's year. */
export function slotText(ctx: EngineContext, slot: Interval, locale: Locale): string {
  return formatTimeRange(slot, { timeZone: ctx.settings.timeZone, locale, now: ctx.clock() });
}

export function instantText(ctx: EngineContext, at: Date, locale: Locale): string {
  return formatDateTime(at, { timeZone: ctx.settings.timeZone, locale, now: ctx.clock() });
}

/** A local date for lists of dates: "12月7日(周一)" / "Mon 7 Dec", with the year when it is not this year's. */
export function dayText(ctx: EngineContext, localDate: string, locale: Locale): string {
  const day = DateTime.fromISO(localDate, { zone: schoolZone(ctx.settings.timeZone) }).setLocale(
    locale === "zh" ? "zh-CN" : "en-GB",
  );
  const otherYear =
    day.year !== DateTime.fromJSDate(ctx.clock(), { zone: schoolZone(ctx.settings.timeZone) }).year;
  if (locale === "zh")
    return `${otherYear ? `${day.year}年` : ""}${day.month}月${day.day}日(${day.toFormat("ccc")})`;
  return day.toFormat(otherYear ? "ccc d LLL yyyy" : "ccc d LLL");
}
