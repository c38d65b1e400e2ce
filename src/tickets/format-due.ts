import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import { texts } from "../engine/texts/index.js";
import { formatDateTime } from "../understanding/parsers/date-time.js";

/** A deadline in plain words: "今天 15:30", "明天 10:00", otherwise "11月30日(周一) 10:00". */
export function formatDue(due: Date, now: Date, timeZone: string, locale: Locale): string {
  const day = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone }).startOf("day");
  const days = Math.round(day(due).diff(day(now), "days").days);
  const clock = DateTime.fromJSDate(due, { zone: timeZone }).toFormat("HH:mm");
  const t = texts(locale);
  if (days === 0) return `${t.today} ${clock}`;
  if (days === 1) return `${t.tomorrow} ${clock}`;
  return formatDateTime(due, { timeZone, locale, now });
}
