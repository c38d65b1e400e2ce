import { DateTime } from "luxon";
import { readCalendarRequest } from "../calendar/calendar-command.js";
import type { SlaCalendar } from "../domain/sla-calendar.js";

/** A month as "YYYY-MM" in the school's zone: the key of an audit sample. */
export type Month = string;

export function monthOf(localDate: string): Month {
  return localDate.slice(0, 7);
}

export function previousMonth(month: Month): Month {
  return DateTime.fromFormat(month, "yyyy-MM", { zone: "UTC" }).minus({ months: 1 }).toFormat("yyyy-MM");
}

/** The month's instants [from, to) in the school's zone. */
export function monthBounds(month: Month, timeZone: string): { from: Date; to: Date } {
  const from = DateTime.fromFormat(month, "yyyy-MM", { zone: timeZone });
  return { from: from.toJSDate(), to: from.plus({ months: 1 }).toJSDate() };
}

/** The first working day of a month by the SLA calendar (holidays, make-up days, the school's closures). */
export function firstWorkingDayOf(calendar: SlaCalendar, month: Month): string {
  const first = `${month}-01`;
  return calendar.isWorkingDay(first) ? first : calendar.nextWorkingDay(first);
}

/** "2026-11", "2026/11", "2026年11月" → "2026-11"; "unreadable" for anything else. */
export function readMonth(text: string): Month | "unreadable" {
  const request = readCalendarRequest(text);
  if (request?.year === undefined || request.month === undefined) return "unreadable";
  if (request.month < 1 || request.month > 12) return "unreadable";
  return `${request.year}-${String(request.month).padStart(2, "0")}`;
}
