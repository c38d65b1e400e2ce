import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { DayInfo, SlaCalendar } from "../domain/sla-calendar.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { type CalendarTexts, calendarTexts } from "./texts/index.js";

/** `日历 2027` (a year), `日历 2027-02` (a month); without a number, this month. */
export interface CalendarRequest {
  year?: number;
  month?: number;
  /** The text after the command word could not be read as a year or a month. */
  unreadable?: true;
}

const firstYear = 2000;
const lastYear = 2100;

/**
 * "2027", "2027-02", "2027-2", "2027/02", "2027年2月", or nothing; undefined when the text after the command word
 * does not start with a number ("日历上那个会" is no calendar request).
 */
export function readCalendarRequest(rest: string): CalendarRequest | undefined {
  const text = rest.trim();
  if (text === "") return {};
  if (!/^\d/.test(text)) return undefined;
  const match = /^(\d{4})(?:\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?)?\s*年?$/u.exec(text);
  if (!match) return { unreadable: true };
  return match[2] === undefined
    ? { year: Number(match[1]) }
    : { year: Number(match[1]), month: Number(match[2]) };
}

/** The working-day calendar of a year or a month, with where every holiday, make-up day or closure comes from. */
export function calendarCommand(scope: CommandScope, request: CalendarRequest): CommandOutcome {
  const { ctx, locale } = scope;
  const t = calendarTexts(locale);
  if (request.unreadable) return say(t.usage);
  const today = DateTime.fromJSDate(ctx.clock(), { zone: ctx.calendar.timeZone });
  const year = request.year ?? today.year;
  if (year < firstYear || year > lastYear) return say(t.outOfRange(firstYear, lastYear));
  if (request.month !== undefined && (request.month < 1 || request.month > 12)) return say(t.usage);
  const month = request.month ?? (request.year === undefined ? today.month : undefined);
  const text =
    month === undefined
      ? yearView(ctx.calendar, year, t, locale)
      : monthView(ctx.calendar, year, month, t, locale);
  return say(text);
}

interface Day {
  date: DateTime;
  info: DayInfo;
}

function daysOf(calendar: SlaCalendar, from: DateTime, to: DateTime): Day[] {
  const days: Day[] = [];
  for (let d = from; d < to; d = d.plus({ days: 1 }))
    days.push({ date: d, info: calendar.dayInfo(d.toISODate()!) });
  return days;
}

function dayLine(day: Day, t: CalendarTexts, locale: Locale): string {
  const { info, date } = day;
  const label = t.day(t.dateOf(date.month, date.day), t.weekdays[date.weekday - 1] ?? "");
  const status = !info.working ? t.off : info.reason === "makeup-workday" ? t.makeup : t.working;
  const name =
    info.reason === "weekend" ? t.weekend : locale === "en" ? (info.nameEn ?? info.name) : info.name;
  return t.line(label, status, name, info.source ? t.source[info.source] : undefined);
}

function yearView(calendar: SlaCalendar, year: number, t: CalendarTexts, locale: Locale): string {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: "UTC" });
  const days = daysOf(calendar, start, start.plus({ years: 1 }));
  const counts = Array.from({ length: 12 }, (_, i) =>
    t.monthCount(i + 1, days.filter((d) => d.date.month === i + 1 && d.info.working).length),
  );
  const special = days.filter((d) => d.info.source !== undefined).map((d) => dayLine(d, t, locale));
  return [
    t.yearTitle(year),
    t.yearNote[calendar.yearSource(year)],
    t.workingDaysLine(counts.join(locale === "zh" ? "，" : ", "), days.filter((d) => d.info.working).length),
    t.specialTitle,
    ...(special.length > 0 ? special : [t.noSpecial]),
  ].join("\n");
}

function monthView(
  calendar: SlaCalendar,
  year: number,
  month: number,
  t: CalendarTexts,
  locale: Locale,
): string {
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" });
  const days = daysOf(calendar, start, start.plus({ months: 1 }));
  return [
    t.monthTitle(year, month),
    t.yearNote[calendar.yearSource(year)],
    ...days.map((d) => dayLine(d, t, locale)),
  ].join("\n");
}
