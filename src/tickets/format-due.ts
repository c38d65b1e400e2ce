import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import { schoolZone } from "../domain/school-zone.js";
import type { SlaCalendar } from "../domain/sla-calendar.js";
import { texts } from "../engine/texts/index.js";
import { formatDateTime } from "../understanding/parsers/date-time.js";

const dayMs = 86_400_000;

/**
 * A deadline in plain words: "今天 15:30", "明天 10:00", otherwise "11月30日(周一) 10:00". A deadline still
 * ahead in a year whose holidays are only computed from the law carries the note that it may still move.
 */
export function formatDue(due: Date, now: Date, calendar: SlaCalendar, locale: Locale): string {
  const timeZone = calendar.timeZone;
  // Whole school days between the two dates ("YYYY-MM-DD" parses as UTC midnight), without luxon's slow diff.
  const days = (Date.parse(calendar.localDate(due)) - Date.parse(calendar.localDate(now))) / dayMs;
  const clock = () => DateTime.fromJSDate(due, { zone: schoolZone(timeZone) }).toFormat("HH:mm");
  const t = texts(locale);
  const text =
    days === 0
      ? `${t.today} ${clock()}`
      : days === 1
        ? `${t.tomorrow} ${clock()}`
        : formatDateTime(due, { timeZone, locale, now });
  return due > now && calendar.isProvisional(due) ? `${text}${t.provisionalDue}` : text;
}
