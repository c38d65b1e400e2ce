import { DateTime } from "luxon";

// A stand-in until the shared period parser (src/understanding/parsers/periods.ts, issue 12) is on main; the
// export command then reads `导出 …` with it instead, and this file goes.

/** A span of school dates, both ends included ("YYYY-MM-DD"). */
export interface ReportPeriod {
  from: string;
  to: string;
}

const words: ReadonlyArray<[readonly string[], (today: DateTime) => [DateTime, DateTime]]> = [
  [["本周", "这周", "this week"], (d) => [d.startOf("week"), d]],
  [
    ["上周", "last week"],
    (d) => [d.minus({ weeks: 1 }).startOf("week"), d.minus({ weeks: 1 }).endOf("week")],
  ],
  [["本月", "这个月", "this month", ""], (d) => [d.startOf("month"), d]],
  [
    ["上月", "上个月", "last month"],
    (d) => [d.minus({ months: 1 }).startOf("month"), d.minus({ months: 1 }).endOf("month")],
  ],
  [["本学期", "这学期", "this semester", "this term"], (d) => [semesterStart(d), d]],
];

/** Autumn semester from 1 September, spring semester from 1 February. */
function semesterStart(d: DateTime): DateTime {
  if (d.month >= 9) return d.set({ month: 9 }).startOf("month");
  if (d.month >= 2) return d.set({ month: 2 }).startOf("month");
  return d.minus({ years: 1 }).set({ month: 9 }).startOf("month");
}

const datesPattern = /^(\d{4}-\d{2}-\d{2})\s*(?:至|到|~|—|to|\s)\s*(\d{4}-\d{2}-\d{2})$/;
const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** Whether the text names a period this parser knows (or tries to give dates), before any date is computed. */
export function looksLikePeriod(text: string): boolean {
  const phrase = normalize(text);
  return words.some(([names]) => names.includes(phrase)) || /^\d/.test(phrase);
}

/**
 * `本月` (also nothing), `上月`, `本周`, `上周`, `本学期`, their English names, or two dates `2026-09-01 2026-12-31`;
 * undefined for anything else.
 */
export function readReportPeriod(text: string, now: Date, timeZone: string): ReportPeriod | undefined {
  const phrase = normalize(text);
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day");
  const iso = (d: DateTime) => d.toISODate()!;
  for (const [names, span] of words) {
    if (!names.includes(phrase)) continue;
    const [from, to] = span(today);
    return { from: iso(from), to: iso(to) };
  }
  const dates = datesPattern.exec(phrase);
  if (!dates) return undefined;
  const [from, to] = [dates[1]!, dates[2]!].map((d) => DateTime.fromISO(d, { zone: timeZone }));
  if (!from?.isValid || !to?.isValid || to < from) return undefined;
  return { from: iso(from), to: iso(to) };
}
