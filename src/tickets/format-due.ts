import type { Locale } from "../core/locale.js";
import { localClock, localEpochDay } from "../domain/school-zone.js";
import type { SlaCalendar } from "../domain/sla-calendar.js";
import { texts } from "../engine/texts/index.js";
import { formatDateTime } from "../understanding/parsers/date-time.js";

/**
 * A deadline in plain words: "今天 15:30", "明天 10:00", otherwise "11月30日(周一) 10:00". A deadline still
 * ahead in a year whose holidays are only computed from the law carries the note that it may still move.
 */
export function formatDue(due: Date, now: Date, calendar: SlaCalendar, locale: Locale): string {
  const timeZone = calendar.timeZone;
  const days = localEpochDay(timeZone, due.getTime()) - localEpochDay(timeZone, now.getTime());
  const clock = localClock(timeZone, due);
  const t = texts(locale);
  const text =
    days === 0
      ? `${t.today} ${clock}`
      : days === 1
        ? `${t.tomorrow} ${clock}`
        : formatDateTime(due, { timeZone, locale, now });
  return due > now && calendar.isProvisional(due) ? `${text}${t.provisionalDue}` : text;
}
