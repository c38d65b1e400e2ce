import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import { schoolZone } from "../domain/school-zone.js";
import type { SlaCalendar } from "../domain/sla-calendar.js";
import { texts } from "../engine/texts/index.js";
import { formatDateTime } from "../understanding/parsers/date-time.js";

/**
 * A deadline in plain words: "今天 15:30", "明天 10:00", otherwise "11月30日(周一) 10:00". A deadline still
 * ahead in a year whose holidays are only computed from the law carries the note that it may still move.
 */
export function formatDue(due: Date, now: Date, calendar: SlaCalendar, locale: Locale): string {
  const timeZone = calendar.timeZone;
  const day = (d: Date) => DateTime.fromJSDate(d, { zone: schoolZone(timeZone) }).startOf("day");
  const days = Math.round(day(due).diff(day(now), "days").days);
  const clock = DateTime.fromJSDate(due, { zone: schoolZone(timeZone) }).toFormat("HH:mm");
  const t = texts(locale);
  const text =
    days === 0
      ? `${t.today} ${clock}`
      : days === 1
        ? `${t.tomorrow} ${clock}`
        : formatDateTime(due, { timeZone, locale, now });
  return due > now && calendar.isProvisional(due) ? `${text}${t.provisionalDue}` : text;
}
