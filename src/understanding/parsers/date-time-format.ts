/** Dates and times as teachers read them: "11月30日(周一) 14:00–15:30", "Mon 30 Nov 14:00". */
import type { DateTime } from "luxon";
import type { Locale } from "../../core/locale.js";
import type { FormatContext, TimeRange } from "./date-time.js";
import { EN_MONTHS, EN_WEEKDAYS, ZH_WEEKDAYS } from "./date-time-day-words.js";
import { inZone } from "./date-time-env.js";

/** zh: "11月30日(周一) 14:00", en: "Mon 30 Nov 14:00"; the year only when it is not now's year. */
export function formatDateTime(at: Date, ctx: FormatContext): string {
  const dt = inZone(at, ctx.timeZone);
  return `${formatDay(dt, ctx.locale, nowYear(ctx))} ${dt.toFormat("HH:mm")}`;
}

/** "11月30日(周一) 14:00–15:30"; across days "11月30日(周一) 14:00 – 12月1日(周二) 10:00". */
export function formatTimeRange(range: TimeRange, ctx: FormatContext): string {
  const start = inZone(range.start, ctx.timeZone);
  const end = inZone(range.end, ctx.timeZone);
  if (start.hasSame(end, "day")) {
    return `${formatDay(start, ctx.locale, nowYear(ctx))} ${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}`;
  }
  return `${formatDateTime(range.start, ctx)} – ${formatDateTime(range.end, ctx)}`;
}

function nowYear(ctx: FormatContext): number | undefined {
  return ctx.now ? inZone(ctx.now, ctx.timeZone).year : undefined;
}

/** zh "11月30日(周一)", en "Mon 30 Nov"; the year is added unless it equals `currentYear`. */
export function formatDay(dt: DateTime, locale: Locale, currentYear: number | undefined): string {
  const showYear = dt.year !== currentYear;
  if (locale === "zh")
    return `${showYear ? `${dt.year}年` : ""}${dt.month}月${dt.day}日(周${ZH_WEEKDAYS[dt.weekday - 1]})`;
  return `${EN_WEEKDAYS[dt.weekday - 1]} ${dt.day} ${EN_MONTHS[dt.month - 1]}${showYear ? ` ${dt.year}` : ""}`;
}
