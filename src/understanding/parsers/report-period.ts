/**
 * Reporting periods as the office head types them after `统计`, `周报`, `导出` or `抽查`: 本周, 上周, 本月, 上月,
 * 本学期, 上学期, 今年, 去年, a month (`2026-11`, `2026年11月`), a day (`2026-11-05`) or a range
 * (`2026-09-01 2026-12-31`, `2026-09-01 至 2026-12-31`, `2026-09-01 to 2026-12-31`); English `this week`,
 * `last month`, `this semester` … Pure: all calendar arithmetic is done with luxon in the school's zone.
 */
import { DateTime } from "luxon";
import type { Message } from "../../core/locale.js";
import type { ParseResult } from "./parse-result.js";

export type PeriodKind =
  | "this-week"
  | "last-week"
  | "this-month"
  | "last-month"
  | "this-semester"
  | "last-semester"
  | "this-year"
  | "last-year"
  | "month"
  | "range";

/** The periods named by a word ("上月"), not by dates. */
export type NamedPeriodKind = Exclude<PeriodKind, "month" | "range">;

/** A period of whole local days, both ends included ("YYYY-MM-DD" in the school's zone). */
export interface ReportPeriod {
  kind: PeriodKind;
  from: string;
  to: string;
  /** The semester's name when the directory names it. */
  name?: string;
}

/** A semester as the directory lists it: its first and last day. */
export interface Semester {
  from: string;
  to: string;
  name?: string | undefined;
}

export interface PeriodContext {
  now: Date;
  timeZone: string;
  /** The school's own semesters; outside them autumn is 09-01…01-31 and spring 02-01…08-31. */
  semesters?: readonly Semester[];
}

/** The longest custom range: a school year and a bit. */
export const maxRangeDays = 400;

const words: ReadonlyArray<[NamedPeriodKind, readonly string[]]> = [
  ["this-week", ["本周", "这周", "本星期", "这星期", "这个星期", "this week"]],
  ["last-week", ["上周", "上星期", "上个星期", "上一周", "last week", "previous week"]],
  ["this-month", ["本月", "这个月", "这月", "当月", "this month"]],
  ["last-month", ["上月", "上个月", "上一个月", "last month", "previous month"]],
  ["this-semester", ["本学期", "这学期", "这个学期", "this semester", "this term"]],
  ["last-semester", ["上学期", "上个学期", "上一学期", "last semester", "last term", "previous semester"]],
  ["this-year", ["今年", "本年", "本年度", "this year"]],
  ["last-year", ["去年", "上年", "上一年", "last year"]],
];

const usage: Message = {
  zh: "请写明统计期，例如“本周”“上周”“本月”“上月”“本学期”“2026-11”，或起止日期“2026-09-01 2026-12-31”。",
  en: 'Please name a period, e.g. "this week", "last week", "this month", "last month", "this semester", "2026-11", or two dates "2026-09-01 2026-12-31".',
};

const fail = (error: Message): ParseResult<ReportPeriod> => ({ ok: false, error });

const DATE = String.raw`(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?`;
const MONTH = String.raw`^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$`;
const RANGE_SEPARATOR = String.raw`\s*(?:\s|至|到|~|～|–|—|-|\bto\b|\buntil\b)\s*`;

function localDate(year: string, month: string, day: string): DateTime | undefined {
  const dt = DateTime.fromObject(
    { year: Number(year), month: Number(month), day: Number(day) },
    { zone: "UTC" },
  );
  return dt.isValid ? dt : undefined;
}

const iso = (dt: DateTime) => dt.toISODate() ?? "";

const normalise = (text: string) => text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/** Whether a text is written as a period (a period word, a month, a date or two), valid or not. */
export function looksLikePeriod(text: string): boolean {
  const input = normalise(text);
  return (
    words.some(([, list]) => list.includes(input)) ||
    new RegExp(MONTH).test(input) ||
    new RegExp(`^${DATE}(?:${RANGE_SEPARATOR}${DATE})?$`).test(input)
  );
}

/**
 * The period a text names, relative to `ctx.now` in `ctx.timeZone`; an empty text is this month. A text that is
 * no period, an impossible date or a range ending before it starts gets a polite message in both languages.
 *
 * ```ts
 * parseReportPeriod("上月", { now, timeZone: "Asia/Shanghai" });
 * // { ok: true, value: { kind: "last-month", from: "2026-11-01", to: "2026-11-30" } }
 * ```
 */
export function parseReportPeriod(text: string, ctx: PeriodContext): ParseResult<ReportPeriod> {
  const input = normalise(text);
  if (input === "") return { ok: true, value: namedPeriod("this-month", ctx) };
  for (const [kind, list] of words)
    if (list.includes(input)) return { ok: true, value: namedPeriod(kind, ctx) };
  const month = new RegExp(MONTH).exec(input);
  if (month) {
    const first = localDate(month[1]!, month[2]!, "1");
    if (!first) return fail(badDate(input));
    return { ok: true, value: { kind: "month", from: iso(first), to: iso(first.endOf("month")) } };
  }
  const range = new RegExp(`^${DATE}(?:${RANGE_SEPARATOR}${DATE})?$`).exec(input);
  if (!range) return fail(usage);
  const from = localDate(range[1]!, range[2]!, range[3]!);
  const to = range[4] === undefined ? from : localDate(range[4], range[5]!, range[6]!);
  if (!from || !to) return fail(badDate(input));
  if (to < from)
    return fail({
      zh: `结束日期 ${iso(to)} 早于开始日期 ${iso(from)}，请先写开始日期，再写结束日期。`,
      en: `The end date ${iso(to)} is before the start date ${iso(from)}; please give the start date first.`,
    });
  if (to.diff(from, "days").days + 1 > maxRangeDays)
    return fail({
      zh: `统计期最长 ${maxRangeDays} 天，请缩短起止日期。`,
      en: `A period can be at most ${maxRangeDays} days; please choose a shorter range.`,
    });
  return { ok: true, value: { kind: "range", from: iso(from), to: iso(to) } };
}

function badDate(input: string): Message {
  return {
    zh: `“${input}”不是有效的日期，请按 2026-09-01 的格式填写。`,
    en: `"${input}" is not a valid date; please write dates like 2026-09-01.`,
  };
}

/** A named period (this week, last month, this semester …) around `ctx.now`. */
export function namedPeriod(kind: NamedPeriodKind, ctx: PeriodContext): ReportPeriod {
  const today = DateTime.fromJSDate(ctx.now, { zone: ctx.timeZone }).startOf("day");
  const span = (from: DateTime, to: DateTime): ReportPeriod => ({ kind, from: iso(from), to: iso(to) });
  switch (kind) {
    case "this-week":
      return span(today.startOf("week"), today.endOf("week"));
    case "last-week": {
      const week = today.startOf("week").minus({ weeks: 1 });
      return span(week, week.endOf("week"));
    }
    case "this-month":
      return span(today.startOf("month"), today.endOf("month"));
    case "last-month": {
      const month = today.startOf("month").minus({ months: 1 });
      return span(month, month.endOf("month"));
    }
    case "this-year":
      return span(today.startOf("year"), today.endOf("year"));
    case "last-year": {
      const year = today.startOf("year").minus({ years: 1 });
      return span(year, year.endOf("year"));
    }
    case "this-semester":
      return { ...semesterOf(iso(today), ctx.semesters ?? []), kind };
    case "last-semester": {
      const current = semesterOf(iso(today), ctx.semesters ?? []);
      const dayBefore = iso(DateTime.fromISO(current.from, { zone: "UTC" }).minus({ days: 1 }));
      return { ...semesterOf(dayBefore, ctx.semesters ?? []), kind };
    }
  }
}

/** The semester a local date falls in: the directory's own, else autumn 09-01…01-31 or spring 02-01…08-31. */
export function semesterOf(date: string, semesters: readonly Semester[]): Semester {
  const listed = semesters.find((s) => s.from <= date && date <= s.to);
  if (listed) return listed.name ? { from: listed.from, to: listed.to, name: listed.name } : { ...listed };
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5);
  if (monthDay >= "09-01") return { from: `${year}-09-01`, to: `${year + 1}-01-31` };
  if (monthDay < "02-01") return { from: `${year - 1}-09-01`, to: `${year}-01-31` };
  return { from: `${year}-02-01`, to: `${year}-08-31` };
}

/**
 * The period just before, for "what changed since the last report": the week, month, semester or year before,
 * or a range of the same length ending the day before.
 */
export function previousPeriod(
  period: ReportPeriod,
  ctx: Pick<PeriodContext, "semesters"> = {},
): ReportPeriod {
  const from = DateTime.fromISO(period.from, { zone: "UTC" });
  const to = DateTime.fromISO(period.to, { zone: "UTC" });
  const span = (kind: PeriodKind, start: DateTime, end: DateTime): ReportPeriod => ({
    kind,
    from: iso(start),
    to: iso(end),
  });
  switch (period.kind) {
    case "this-week":
    case "last-week":
      return span("range", from.minus({ weeks: 1 }), to.minus({ weeks: 1 }));
    case "this-month":
    case "last-month":
    case "month": {
      const start = from.minus({ months: 1 });
      return span("month", start, start.endOf("month"));
    }
    case "this-year":
    case "last-year":
      return span("range", from.minus({ years: 1 }), from.minus({ days: 1 }));
    case "this-semester":
    case "last-semester": {
      const semester = semesterOf(iso(from.minus({ days: 1 })), ctx.semesters ?? []);
      return { ...semester, kind: "range" };
    }
    case "range": {
      const days = to.diff(from, "days").days + 1;
      return span("range", from.minus({ days }), from.minus({ days: 1 }));
    }
  }
}

/** The instants a period covers in the school's zone: [start, end), end being the next day's midnight. */
export function periodInstants(period: ReportPeriod, timeZone: string): { start: Date; end: Date } {
  const start = DateTime.fromISO(period.from, { zone: timeZone }).startOf("day");
  const end = DateTime.fromISO(period.to, { zone: timeZone }).startOf("day").plus({ days: 1 });
  return { start: start.toJSDate(), end: end.toJSDate() };
}
