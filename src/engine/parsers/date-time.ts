/**
 * Pure date/time parsers for teachers' chat messages in Simplified Chinese or English:
 * "明天下午借301会议室", "11月30日 14:00-15:30", "下周一上午9点到10点半", "tomorrow 2pm to 3:30pm", "3点".
 *
 * How it works:
 * 1. The text is normalised (NFKC: full-width digits/colons/tildes, dashes → "-").
 * 2. Mentions are found by chrono-node (clock times) and by our own patterns (explicit dates, 明天/tomorrow,
 *    周一/next Monday, 上午/afternoon, durations). Adjacent mentions form groups; the richest group is used.
 * 3. A group is split at a range word (到, 至, -, ~, to, until) into a start part and an end part.
 * 4. Each part yields a date spec, a clock time (read by chrono), a period word and a weekday "claim".
 * 5. All calendar arithmetic is done here with luxon in `ctx.timeZone`, never in the machine's zone.
 *
 * chrono is used only for reading clock times (hour, minute, certain am/pm). Its Simplified Chinese parsers compute
 * dates with getDate()/getDay()/getHours() on `reference.instant`, i.e. in the machine's zone, ignoring the
 * `timezone` we pass ("明天" at 10:00 Shanghai is the 27th on a New York machine); its weekday rule is "closest"
 * (not forward) and 下周X counts Sunday-start weeks; it drops impossible dates silently. See the last block of
 * tests/engine/parsers/date-time.test.ts.
 */
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { parseChineseNumber, parseEnglishNumber } from "./numbers.js";
import type { Locale, Message, ParseResult } from "./parse-result.js";

export interface TimeContext {
  /** The current instant. */
  now: Date;
  /** IANA zone, e.g. "Asia/Shanghai". */
  timeZone: string;
  /** "HH:MM", default "08:30". */
  workStart?: string;
  /** "HH:MM", default "17:30". */
  workEnd?: string;
}

export interface TimeRange {
  start: Date;
  end: Date;
}

export interface FormatContext {
  timeZone: string;
  locale: Locale;
  /** When given, the year is shown only if it differs from now's year; without it the year is always shown. */
  now?: Date;
}

/** Longer messages are refused with a polite error instead of being scanned. */
export const MAX_INPUT_LENGTH = 1000;
/** A start this many minutes in the past is still accepted ("now-ish"). */
const PAST_SLACK_MINUTES = 5;
/** A month/day without a year that lies further back than this means next year; closer is an error. */
const RECENT_PAST_DAYS = 31;
const DEFAULT_WORK_START = "08:30";
const DEFAULT_WORK_END = "17:30";

// ---------------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------------

/**
 * One instant, e.g. "明天下午3点", "11月30日 14:00", "tomorrow 2pm", "3点" (= 15:00 today).
 * undefined when the text mentions no date or time at all; an error when it does but cannot be used
 * (no clock time, in the past, impossible date, weekday that does not match the date, ...).
 */
export function parseDateTime(text: string, ctx: TimeContext): ParseResult<Date> | undefined {
  const env = makeEnv(ctx);
  const found = analyse(text, env);
  if (found === undefined || "error" in found) return found === undefined ? undefined : fail(found.error);
  const { start: a, end: b } = found;

  const invalid = a.invalidTime ?? (a.time ? undefined : b?.invalidTime);
  if (invalid) return fail(invalidTimeMessage(invalid));

  const dated = resolvePartDates(a, b, env);
  if (!dated.ok) return dated;
  const { startDate } = dated.value;

  if (!a.time) {
    if (a.period || a.date || b?.date || b?.time) return fail(needTimeMessage(startDate, env));
    return undefined;
  }
  const start = at(startDate, startMinutes(a.time, a.period, b?.time));
  const passed = checkNotPast(start, env);
  if (passed) return fail(passed);
  return { ok: true, value: start.toJSDate() };
}

/**
 * A start and an end, e.g. "14:00-15:30", "明天下午" (14:00–workEnd), "下午2点至3点半", "2pm to 3:30pm",
 * "14:00 开始 2小时", "11月30日到12月2日" (workStart of the first day – workEnd of the last).
 * undefined when the text mentions no date or time at all.
 */
export function parseTimeRange(text: string, ctx: TimeContext): ParseResult<TimeRange> | undefined {
  const env = makeEnv(ctx);
  const found = analyse(text, env);
  if (found === undefined || "error" in found) return found === undefined ? undefined : fail(found.error);
  const { start: a, end: b, durationMinutes } = found;

  const invalid = a.invalidTime ?? b?.invalidTime;
  if (invalid) return fail(invalidTimeMessage(invalid));

  const dated = resolvePartDates(a, b, env);
  if (!dated.ok) return dated;
  const { startDate, endDate } = dated.value;
  const sameDay = startDate.hasSame(endDate, "day");

  let start: DateTime;
  let end: DateTime;
  if (a.time || a.period) {
    const startMin = a.time ? startMinutes(a.time, a.period, b?.time) : periodBounds(a.period!, env)[0];
    start = at(startDate, startMin);
    if (b?.time) end = at(endDate, endMinutes(b.time, b.period, sameDay ? startMin : undefined));
    else if (b?.period) end = at(endDate, periodBounds(b.period, env)[1]);
    else if (durationMinutes !== undefined) end = start.plus({ minutes: durationMinutes });
    else if (!a.time) end = at(endDate, periodBounds(a.period!, env)[1]);
    else if (b?.date) end = at(endDate, env.workEnd);
    else return fail(needEndTimeMessage());
  } else if (b?.time || (!a.date && !b?.date)) {
    return fail(needStartTimeMessage());
  } else if (b?.date || b?.period) {
    start = at(startDate, env.workStart);
    end = at(endDate, b.period ? periodBounds(b.period, env)[1] : env.workEnd);
  } else {
    return fail(needTimeRangeMessage(startDate, env));
  }

  if (end <= start) return fail(endNotAfterStartMessage(start, end, env));
  const passed = checkNotPast(start, env);
  if (passed) return fail(passed);
  return { ok: true, value: { start: start.toJSDate(), end: end.toJSDate() } };
}

/**
 * A calendar day as "YYYY-MM-DD" in ctx.timeZone: "11月30日", "2026-11-30", "明天", "下周三", "Dec 1".
 * undefined when the text mentions no date or time at all; an error for a past or impossible date,
 * a weekday that does not match, or a time without a day ("3点").
 */
export function parseDate(text: string, ctx: TimeContext): ParseResult<string> | undefined {
  const env = makeEnv(ctx);
  const found = analyse(text, env);
  if (found === undefined || "error" in found) return found === undefined ? undefined : fail(found.error);
  const { start: a, end: b } = found;

  if (!a.date && !b?.date) {
    if (a.time || a.period || a.invalidTime || b?.time) return fail(needDateMessage());
    return undefined;
  }
  const dated = resolvePartDates(a, b, env);
  if (!dated.ok) return dated;
  const { startDate } = dated.value;
  if (startDate < env.today) return fail(datePassedMessage(startDate, env, false));
  return { ok: true, value: startDate.toISODate()! };
}

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

// ---------------------------------------------------------------------------------------------------------------
// Environment
// ---------------------------------------------------------------------------------------------------------------

interface Env {
  now: DateTime;
  today: DateTime;
  /** Minutes after midnight. */
  workStart: number;
  workEnd: number;
  /** Reference for chrono: `{ instant: now, timezone: <offset of the zone at now, in minutes> }`. */
  ref: chrono.ParsingReference;
}

function makeEnv(ctx: TimeContext): Env {
  const now = inZone(ctx.now, ctx.timeZone);
  return {
    now,
    today: now.startOf("day"),
    workStart: clockMinutes(ctx.workStart ?? DEFAULT_WORK_START, "workStart"),
    workEnd: clockMinutes(ctx.workEnd ?? DEFAULT_WORK_END, "workEnd"),
    ref: { instant: ctx.now, timezone: now.offset },
  };
}

function inZone(at: Date, timeZone: string): DateTime {
  const dt = DateTime.fromJSDate(at, { zone: timeZone });
  if (!dt.isValid)
    throw new RangeError(`Invalid instant or time zone "${timeZone}": ${dt.invalidExplanation}`);
  return dt;
}

function clockMinutes(hhmm: string, name: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 23 || minute > 59) throw new RangeError(`${name} must be "HH:MM", got "${hhmm}"`);
  return hour * 60 + minute;
}

/** The day at `minutes` after its midnight, in the day's zone (1440 = next midnight). */
function at(day: DateTime, minutes: number): DateTime {
  return day
    .plus({ days: Math.floor(minutes / 1440) })
    .set({ hour: Math.floor((minutes % 1440) / 60), minute: minutes % 60, second: 0, millisecond: 0 });
}

function fail<T>(error: Message): ParseResult<T> {
  return { ok: false, error };
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis: text → start part, end part, duration
// ---------------------------------------------------------------------------------------------------------------

type Period = "morning" | "noon" | "afternoon" | "evening" | "allDay";
type WeekShift = "coming" | -2 | -1 | 0 | 1 | 2;

type DateSpec =
  | { kind: "explicit"; year?: number; month: number; day: number }
  | { kind: "relative"; days: number }
  | { kind: "weekday"; weekday: number; week: WeekShift };

interface ClockTime {
  hour: number;
  minute: number;
  /** Only when the text says so (上午/下午/am/pm) or the hour is 13–23. */
  meridiem?: "am" | "pm";
  /** "07:30": a zero-padded hour is read as the 24-hour clock. */
  padded: boolean;
}

interface Part {
  date?: DateSpec;
  /** A weekday said next to a date ("11月27日周一"); must match it. Luxon numbering, 1 = Monday. */
  weekdayClaim?: number;
  time?: ClockTime;
  /** Text that looks like a clock time but is not one ("25:00"). */
  invalidTime?: string;
  period?: Period;
}

interface Analysis {
  start: Part;
  end?: Part;
  durationMinutes?: number;
}

function analyse(text: string, env: Env): Analysis | { error: Message } | undefined {
  if (typeof text !== "string") return undefined;
  if (text.length > MAX_INPUT_LENGTH * 4) return { error: tooLongMessage() };
  const s = normalize(text);
  if (s.length > MAX_INPUT_LENGTH) return { error: tooLongMessage() };
  if (s === "") return undefined;

  const group = bestGroup(s, env);
  if (group === undefined) return undefined;
  const [first, second] = splitRange(group);
  const start = parsePart(first, second === undefined ? undefined : "start", env);
  const end = second === undefined ? undefined : parsePart(second, "end", env);
  const durationMinutes = findDuration(s)?.minutes;

  const meaningful = (p: Part | undefined) => !!p && !!(p.date || p.time || p.period || p.invalidTime);
  if (!meaningful(start) && !meaningful(end) && durationMinutes === undefined) return undefined;
  return { start, ...(end ? { end } : {}), ...(durationMinutes !== undefined ? { durationMinutes } : {}) };
}

function normalize(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\u301c/g, "~")
      // chrono rejects "下午14:00" (it adds 12 to 14); the 24-hour clock already says it all.
      .replace(/(?:下午|晚上|傍晚|中午)\s*(?=(?:1[3-9]|2[0-4])\s*[:点时])/g, "")
      .replace(/\s+/g, " ")
      // chrono reads a number after a clock time as seconds or minutes ("14:00 90分钟" → no time at all,
      // "3点 30人" → 03:30); a comma keeps them apart.
      .replace(/(\d:\d{2}|[点时])\s+(?=\d)/g, "$1, ")
      .trim()
  );
}

// ----- patterns -------------------------------------------------------------------------------------------------

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const EN_MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const EN_WEEKDAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ZH_WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];

const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ZH_SMALL_NUM = "[一二三四五六七八九十]{1,3}";

const ISO_DATE_RE = /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g;
const ZH_DATE_RE = new RegExp(
  `(?:(\\d{4}|\\d{2}|[〇零一二三四五六七八九]{2,4})\\s*年\\s*)?(\\d{1,2}|${ZH_SMALL_NUM})\\s*月\\s*(\\d{1,2}|${ZH_SMALL_NUM})\\s*(?:日|号|號)?(?!\\d)`,
  "g",
);
const EN_MONTH_DAY_RE = new RegExp(
  `\\b${MONTH_WORD}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`,
  "gi",
);
const EN_DAY_MONTH_RE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH_WORD}\\b\\.?(?:,?\\s*(\\d{4})\\b)?`,
  "gi",
);
const SLASH_DATE_RE = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
/** "11.30" as written in Chinese notices; not "1.5小时" or "2.5 hours". */
const DOT_DATE_RE =
  /(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.]|\s*(?:个|小时|钟头|分|h\b|hours?|hrs?|min|人|份|页|张|%|元|块|倍))/gi;

const RELATIVE_DAY_RE =
  /(大后天|大前天|后天|前天|明天|明日|明早|明晚|今天|今日|今早|今晚|昨天|昨日|昨晚)|\b(the day after tomorrow|day after tomorrow|overmorrow|tomorrow|tmrw|tmr|today|tonight|yesterday)\b/gi;
const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  大后天: 3,
  大前天: -3,
  后天: 2,
  前天: -2,
  明天: 1,
  明日: 1,
  明早: 1,
  明晚: 1,
  今天: 0,
  今日: 0,
  今早: 0,
  今晚: 0,
  昨天: -1,
  昨日: -1,
  昨晚: -1,
  "the day after tomorrow": 2,
  "day after tomorrow": 2,
  overmorrow: 2,
  tomorrow: 1,
  tmrw: 1,
  tmr: 1,
  today: 0,
  tonight: 0,
  yesterday: -1,
};

const ZH_WEEKDAY_RE = /(上上|下下|上|下|这|本)?\s*个?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])/g;
const EN_WEEKDAY_RE =
  /\b(?:(this|next|last|coming)\s+)?(monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thu|friday|fri|saturday|sat|sunday|sun)\b\.?(?:,?\s+(?:of\s+)?(this|next|last)\s+week\b)?/gi;
const ZH_WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
};

const PERIOD_RE =
  /(一整天|全天|整天|上午|早上|早晨|清晨|今早|明早|中午|午间|下午|傍晚|晚上|今晚|明晚|昨晚|夜里)|\b(all[\s-]day|whole day|full day|entire day|morning|noon|lunchtime|afternoon|evening|tonight)\b/gi;
const PERIODS: Readonly<Record<string, Period>> = {
  一整天: "allDay",
  全天: "allDay",
  整天: "allDay",
  上午: "morning",
  早上: "morning",
  早晨: "morning",
  清晨: "morning",
  今早: "morning",
  明早: "morning",
  中午: "noon",
  午间: "noon",
  下午: "afternoon",
  傍晚: "evening",
  晚上: "evening",
  今晚: "evening",
  明晚: "evening",
  昨晚: "evening",
  夜里: "evening",
  "all day": "allDay",
  "all-day": "allDay",
  "whole day": "allDay",
  "full day": "allDay",
  "entire day": "allDay",
  morning: "morning",
  noon: "noon",
  lunchtime: "noon",
  afternoon: "afternoon",
  evening: "evening",
  tonight: "evening",
};

/** Things that look like clock times, valid or not: "14:00", "25:00", "3点". */
const CLOCK_LIKE_RE = /(?<![\d:])(\d{1,2})\s*:\s*(\d{2})(?![\d:])|(?<![\d.])(\d{1,2})\s*[点點](?!钟头)/g;

const ZH_NUM = `\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百]+`;
const ZH_DURATION_RE = new RegExp(
  `(?:(${ZH_NUM})\\s*个?\\s*(半)?\\s*(?:小时|钟头)(?:\\s*零?\\s*(\\d+|[一二三四五六七八九十]+)\\s*分(?:钟)?)?|(半)\\s*个?\\s*(?:小时|钟头)|(${ZH_NUM})\\s*分钟)`,
  "g",
);
const EN_DURATION_RE =
  /\b(?:(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight)\s*(?:hours?|hrs?|h)\b(?:\s*(?:and\s+)?(?:(a half)|(\d+)\s*(?:minutes?|mins?|m)\b))?|(half an? hour)|(\d+)\s*(?:minutes?|mins?)\b)/gi;

// ----- grouping -------------------------------------------------------------------------------------------------

interface Span {
  index: number;
  end: number;
  weight: number;
}

/** The richest run of adjacent date/time mentions (a clock time weighs most), as text. */
function bestGroup(s: string, env: Env): string | undefined {
  const spans: Span[] = [];
  const add = (index: number, length: number, weight: number) => {
    if (length > 0) spans.push({ index, end: index + length, weight });
  };
  for (const r of chronoParse(s, env.ref)) add(r.index, r.text.length, r.start.isCertain("hour") ? 4 : 1);
  for (const d of findExplicitDates(s)) add(d.index, d.end - d.index, 2);
  for (const re of [RELATIVE_DAY_RE, ZH_WEEKDAY_RE, EN_WEEKDAY_RE]) {
    for (const m of s.matchAll(re)) add(m.index, m[0].length, 2);
  }
  for (const m of s.matchAll(PERIOD_RE)) add(m.index, m[0].length, 1);
  for (const m of s.matchAll(CLOCK_LIKE_RE)) add(m.index, m[0].length, 4);
  for (const re of [ZH_DURATION_RE, EN_DURATION_RE]) {
    for (const m of s.matchAll(re)) add(m.index, m[0].length, 1);
  }
  if (spans.length === 0) return undefined;

  spans.sort((x, y) => x.index - y.index || y.end - x.end);
  let best: { index: number; end: number; score: number } | undefined;
  let current: { index: number; end: number; score: number } | undefined;
  for (const span of spans) {
    if (current && (span.index <= current.end || isGlue(s.slice(current.end, span.index)))) {
      current.end = Math.max(current.end, span.end);
      current.score += span.weight;
    } else {
      current = { index: span.index, end: span.end, score: span.weight };
    }
    if (!best || current.score > best.score) best = { ...current };
    else if (best.index === current.index) best = { ...current };
  }
  return best ? s.slice(best.index, best.end) : undefined;
}

/** Whether the text between two mentions only joins them ("到", ", ", " from ", "开始，"). */
function isGlue(gap: string): boolean {
  if (gap.length > 16) return false;
  const rest = gap
    .replace(/\b(?:from|to|until|till|through|thru|at|on|the|of|for|starting|start|begin(?:ning)?)\b/gi, "")
    .replace(/开始|起|从|自|在|于|到|至|的|左右|之间|大概|大约|约|是/g, "");
  return /^[\s\p{P}\p{S}]*$/u.test(rest);
}

/** Splits "14:00-15:30" / "下午2点至3点半" / "2pm to 3:30pm" at the first range word. */
function splitRange(group: string): [string, string | undefined] {
  const masked = group.replace(ISO_DATE_RE, (m) => "#".repeat(m.length));
  const m = /\s*(?:到|至|~|-|\b(?:to|until|till|through|thru)\b)\s*/i.exec(masked);
  if (!m || m.index === 0) return [group, undefined];
  const first = group.slice(0, m.index);
  const second = group.slice(m.index + m[0].length);
  return second.trim() === "" ? [first, undefined] : [first, second];
}

// ----- parts ----------------------------------------------------------------------------------------------------

/** `rangeSide` is set when the part is one side of a range; then a bare number next to the range word is a time. */
function parsePart(text: string, rangeSide: "start" | "end" | undefined, env: Env): Part {
  const part: Part = {};

  const explicit = findExplicitDates(text)[0];
  const relative = firstMatch(text, [RELATIVE_DAY_RE]);
  const weekday = firstMatch(text, [ZH_WEEKDAY_RE, EN_WEEKDAY_RE]);
  const weekdaySpec = weekday ? readWeekday(weekday) : undefined;
  if (explicit)
    part.date = { kind: "explicit", month: explicit.month, day: explicit.day, year: explicit.year };
  else if (relative) part.date = { kind: "relative", days: RELATIVE_DAYS[relative[0].toLowerCase()] ?? 0 };
  else if (weekdaySpec) part.date = weekdaySpec;
  if (part.date && part.date.kind !== "weekday" && weekdaySpec) part.weekdayClaim = weekdaySpec.weekday;

  const time = chronoTime(text, env.ref) ?? (rangeSide ? bareHour(text, rangeSide) : undefined);
  if (time) part.time = time;
  else {
    for (const m of text.matchAll(CLOCK_LIKE_RE)) {
      const hour = Number(m[1] ?? m[3]);
      const minute = m[2] === undefined ? 0 : Number(m[2]);
      if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) {
        part.invalidTime = m[0].trim();
        break;
      }
    }
  }

  const period = firstMatch(text, [PERIOD_RE]);
  if (period) {
    const key = period[0].toLowerCase().replace(/\s+/g, " ");
    const value = PERIODS[key];
    if (value) part.period = value;
  }
  return part;
}

function firstMatch(text: string, patterns: RegExp[]): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const re of patterns) {
    const copy = new RegExp(re.source, re.flags.replace("g", ""));
    const m = copy.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

function readWeekday(m: RegExpExecArray): Extract<DateSpec, { kind: "weekday" }> | undefined {
  const zhDay = ZH_WEEKDAY_NUMBERS[m[2] ?? ""] ?? (/^[1-7]$/.test(m[2] ?? "") ? Number(m[2]) : undefined);
  if (/[一-龥]/.test(m[0])) {
    if (zhDay === undefined) return undefined;
    const prefix = m[1];
    const week: WeekShift =
      prefix === "上上"
        ? -2
        : prefix === "上"
          ? -1
          : prefix === "这" || prefix === "本"
            ? 0
            : prefix === "下"
              ? 1
              : prefix === "下下"
                ? 2
                : "coming";
    return { kind: "weekday", weekday: zhDay, week };
  }
  const name = (m[2] ?? "").toLowerCase().slice(0, 3);
  const weekday = EN_WEEKDAYS.findIndex((w) => w.toLowerCase() === name) + 1;
  if (weekday === 0) return undefined;
  const modifier = (m[1] ?? m[3] ?? "").toLowerCase();
  const week: WeekShift = modifier === "next" ? 1 : modifier === "last" ? -1 : "coming";
  return { kind: "weekday", weekday, week };
}

interface RawDate {
  index: number;
  end: number;
  year?: number;
  month: number;
  day: number;
}

/** Explicit calendar dates, valid or not (so "2月30日" can be refused politely), in text order. */
function findExplicitDates(s: string): RawDate[] {
  const found: RawDate[] = [];
  const push = (
    m: RegExpMatchArray,
    year: number | undefined,
    month: number | undefined,
    day: number | undefined,
  ) => {
    if (month === undefined || day === undefined || Number.isNaN(month) || Number.isNaN(day)) return;
    const index = m.index ?? 0;
    found.push({ index, end: index + m[0].length, month, day, ...(year !== undefined ? { year } : {}) });
  };
  for (const m of s.matchAll(ISO_DATE_RE)) push(m, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of s.matchAll(ZH_DATE_RE)) {
    push(
      m,
      m[1] === undefined ? undefined : readYear(m[1]),
      parseChineseNumber(m[2]!),
      parseChineseNumber(m[3]!),
    );
  }
  for (const m of s.matchAll(EN_MONTH_DAY_RE))
    push(m, optionalNumber(m[3]), monthNumber(m[1]!), Number(m[2]));
  for (const m of s.matchAll(EN_DAY_MONTH_RE))
    push(m, optionalNumber(m[3]), monthNumber(m[2]!), Number(m[1]));
  for (const m of s.matchAll(SLASH_DATE_RE)) {
    let month = Number(m[1]);
    let day = Number(m[2]);
    if (month > 12 && day <= 12) [month, day] = [day, month];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month))
      push(m, undefined, month, day);
  }
  for (const m of s.matchAll(DOT_DATE_RE)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month))
      push(m, undefined, month, day);
  }
  found.sort((x, y) => x.index - y.index || y.end - x.end);
  return found.filter((d, i) => found.slice(0, i).every((e) => d.index >= e.end || d.end <= e.index));
}

function readYear(text: string): number | undefined {
  const n = parseChineseNumber(text);
  if (n === undefined) return undefined;
  return n < 100 ? 2000 + n : n;
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function monthNumber(word: string): number {
  return EN_MONTHS.findIndex((m) => m.toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;
}

function daysInMonth(year: number, month: number): number {
  return DateTime.utc(year, month, 1).daysInMonth ?? 31;
}

// ----- clock times ----------------------------------------------------------------------------------------------

/**
 * chrono with the reference the brief asks for: the current instant plus the numeric UTC offset of the school's zone
 * (chrono ignores IANA names). Simplified Chinese first when the text has Han characters, English otherwise,
 * falling back to the other. Only wall-clock components are read from the results.
 */
function chronoParse(text: string, ref: chrono.ParsingReference): chrono.ParsedResult[] {
  const han = /\p{Script=Han}/u.test(text);
  const parsers = han ? [chrono.zh.hans.casual, chrono.en.casual] : [chrono.en.casual, chrono.zh.hans.casual];
  for (const parser of parsers) {
    try {
      const results = parser.parse(text, ref);
      if (results.length > 0) return results;
    } catch {
      // chrono should not throw, but a parser bug must never break a conversation.
    }
  }
  return [];
}

function chronoTime(text: string, ref: chrono.ParsingReference): ClockTime | undefined {
  const results = chronoParse(text, ref).filter(
    (r) => r.start.isCertain("hour") && !r.tags().has("result/relativeDate") && !/^for\b/i.test(r.text),
  );
  const first = results[0];
  if (!first) return undefined;
  const hour = first.start.get("hour") ?? 0;
  const minute = first.start.get("minute") ?? 0;
  if (hour > 24 || minute > 59) return undefined;
  const time: ClockTime = { hour, minute, padded: /(?<!\d)0\d\s*[:点时]/.test(first.text) };
  if (first.start.isCertain("meridiem") || hour >= 13) {
    time.meridiem = hour >= 12 ? "pm" : "am";
  }
  return time;
}

/**
 * "9" or "10:30" next to the range word ("tomorrow 9-10am", "from 9 to 10:30"); chrono ignores bare numbers.
 * The number must end the start part or begin the end part, and must not be the day of a date ("Dec 1 - Dec 3").
 */
function bareHour(text: string, side: "start" | "end"): ClockTime | undefined {
  const re =
    side === "start"
      ? /(?<![\d.:/-])(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*$/
      : /^\s*(\d{1,2})(?:\s*[:.]\s*(\d{2}))?(?![\d.:/])/;
  const m = re.exec(text);
  if (!m) return undefined;
  const index = m.index + m[0].indexOf(m[1]!);
  if (findExplicitDates(text).some((d) => index >= d.index && index < d.end)) return undefined;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 24 || minute > 59) return undefined;
  return { hour, minute, padded: /^0\d/.test(m[1]!) };
}

/** A time whose hour needs no guessing: am/pm said, 24-hour hour, "0x:xx", or midnight/noon. */
function isFixed(t: ClockTime): boolean {
  return t.meridiem !== undefined || t.padded || t.hour >= 12 || t.hour === 0;
}

/** Minutes after midnight of a start time, applying the office-hours rule: a bare 1–7 o'clock is afternoon. */
function startMinutes(t: ClockTime, period: Period | undefined, end: ClockTime | undefined): number {
  let hour = t.hour;
  if (!isFixed(t)) {
    if (period === "afternoon" || period === "evening") hour += 12;
    else if (period === "noon") hour += hour <= 5 ? 12 : 0;
    else if (period === "morning") hour += 0;
    else if (end?.meridiem === "am") hour += 0;
    else if (end?.meridiem === "pm" && (hour + 12) * 60 + t.minute < end.hour * 60 + end.minute) hour += 12;
    else if (hour >= 1 && hour <= 7) hour += 12;
  }
  return hour * 60 + t.minute;
}

/** Minutes after midnight of an end time; a bare hour takes the first reading after the start ("2点到4点" → 16:00). */
function endMinutes(t: ClockTime, period: Period | undefined, startMin: number | undefined): number {
  if (isFixed(t)) return t.hour * 60 + t.minute;
  if (period === "afternoon" || period === "evening") return (t.hour + 12) * 60 + t.minute;
  if (period === "noon") return (t.hour <= 5 ? t.hour + 12 : t.hour) * 60 + t.minute;
  if (period === "morning") return t.hour * 60 + t.minute;
  if (startMin !== undefined) {
    for (const hour of [t.hour, t.hour + 12]) {
      if (hour * 60 + t.minute > startMin) return hour * 60 + t.minute;
    }
    return t.hour * 60 + t.minute;
  }
  return startMinutes(t, undefined, undefined);
}

function periodBounds(period: Period, env: Env): [number, number] {
  switch (period) {
    case "morning":
      return [env.workStart, 12 * 60];
    case "noon":
      return [12 * 60, 14 * 60];
    case "afternoon":
      return [14 * 60, env.workEnd];
    case "evening":
      return [18 * 60, 21 * 60];
    case "allDay":
      return [env.workStart, env.workEnd];
  }
}

// ----- durations ------------------------------------------------------------------------------------------------

/** "2小时", "两个小时", "一个半小时", "90分钟", "for 2 hours", "an hour and a half" → minutes. */
function findDuration(s: string): { index: number; minutes: number } | undefined {
  const zh = firstMatch(s, [ZH_DURATION_RE]);
  const en = firstMatch(s, [EN_DURATION_RE]);
  const m = zh && (!en || zh.index <= en.index) ? zh : en;
  if (!m) return undefined;
  let minutes: number | undefined;
  if (m === zh) {
    if (m[1] !== undefined) {
      const hours = parseChineseNumber(m[1]);
      const extra = m[3] === undefined ? 0 : (parseChineseNumber(m[3]) ?? 0);
      minutes = hours === undefined ? undefined : hours * 60 + (m[2] ? 30 : 0) + extra;
    } else if (m[4] !== undefined) minutes = 30;
    else if (m[5] !== undefined) minutes = parseChineseNumber(m[5]);
  } else if (m[1] !== undefined) {
    const word = m[1].toLowerCase();
    const hours = parseEnglishNumber(word) ?? Number(word);
    minutes = hours * 60 + (m[2] ? 30 : 0) + (m[3] === undefined ? 0 : Number(m[3]));
  } else if (m[4] !== undefined) minutes = 30;
  else if (m[5] !== undefined) minutes = Number(m[5]);
  if (minutes === undefined || !Number.isFinite(minutes) || minutes <= 0) return undefined;
  return { index: m.index, minutes: Math.round(minutes) };
}

// ----- calendar -------------------------------------------------------------------------------------------------

function resolvePartDates(
  a: Part,
  b: Part | undefined,
  env: Env,
): ParseResult<{ startDate: DateTime; endDate: DateTime }> {
  const startPart = a.date ? a : b?.date ? b : undefined;
  let startDate = env.today;
  if (startPart?.date) {
    const resolved = resolveDate(startPart.date, env, env.today);
    if (!resolved.ok) return resolved;
    startDate = resolved.value;
    const mismatch = checkWeekday(startDate, startPart.weekdayClaim, env);
    if (mismatch) return fail(mismatch);
  }
  let endDate = startDate;
  if (b?.date && startPart === a) {
    const resolved = resolveDate(b.date, env, startDate);
    if (!resolved.ok) return resolved;
    endDate = resolved.value;
    const mismatch = checkWeekday(endDate, b.weekdayClaim, env);
    if (mismatch) return fail(mismatch);
  }
  return { ok: true, value: { startDate, endDate } };
}

/**
 * A date spec → a day in the school's zone.
 * - month/day without year: this year; if that is more than a month ago, next year; if less, an error.
 * - 周一 / Monday: the next such day (today counts); 这周一: this week's; 下周一 / next Monday: next week's.
 * `base` is the day a bare weekday counts from (the start day, for the end of a range).
 */
function resolveDate(spec: DateSpec, env: Env, base: DateTime): ParseResult<DateTime> {
  const { today } = env;
  switch (spec.kind) {
    case "relative":
      return { ok: true, value: today.plus({ days: spec.days }) };
    case "weekday": {
      if (spec.week === "coming") {
        return { ok: true, value: base.plus({ days: (spec.weekday - base.weekday + 7) % 7 }) };
      }
      const monday = today.startOf("week");
      return { ok: true, value: monday.plus({ weeks: spec.week, days: spec.weekday - 1 }) };
    }
    case "explicit": {
      const { month, day } = spec;
      if (month < 1 || month > 12) return fail(invalidDateMessage(spec.year, month, day));
      if (spec.year !== undefined) {
        if (day < 1 || day > daysInMonth(spec.year, month))
          return fail(invalidDateMessage(spec.year, month, day));
        return {
          ok: true,
          value: DateTime.fromObject({ year: spec.year, month, day }, { zone: today.zone }),
        };
      }
      let year = today.year;
      const isPast = month < today.month || (month === today.month && day < today.day);
      if (day < 1 || day > daysInMonth(2024, month)) {
        return fail(invalidDateMessage(undefined, month, day, daysInMonth(isPast ? year + 1 : year, month)));
      }
      if (isPast) {
        if (day <= daysInMonth(year, month)) {
          const candidate = DateTime.fromObject({ year, month, day }, { zone: today.zone });
          if (today.diff(candidate, "days").days <= RECENT_PAST_DAYS) {
            return fail(datePassedMessage(candidate, env, true));
          }
        }
        year += 1;
      }
      if (day > daysInMonth(year, month)) return fail(invalidDateMessage(year, month, day));
      return { ok: true, value: DateTime.fromObject({ year, month, day }, { zone: today.zone }) };
    }
  }
}

function checkWeekday(date: DateTime, claim: number | undefined, env: Env): Message | undefined {
  if (claim === undefined || date.weekday === claim) return undefined;
  // The day with the claimed weekday closest to the given date, but not in the past.
  let suggestion = date.plus({ days: ((claim - date.weekday + 10) % 7) - 3 });
  if (suggestion < env.today) suggestion = suggestion.plus({ weeks: 1 });
  return weekdayMismatchMessage(date, claim, suggestion, env);
}

function checkNotPast(start: DateTime, env: Env): Message | undefined {
  if (start >= env.now.minus({ minutes: PAST_SLACK_MINUTES })) return undefined;
  return timePassedMessage(start, env);
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting and messages
// ---------------------------------------------------------------------------------------------------------------

function nowYear(ctx: FormatContext): number | undefined {
  return ctx.now ? inZone(ctx.now, ctx.timeZone).year : undefined;
}

/** zh "11月30日(周一)", en "Mon 30 Nov"; the year is added unless it equals `currentYear`. */
function formatDay(dt: DateTime, locale: Locale, currentYear: number | undefined): string {
  const showYear = dt.year !== currentYear;
  if (locale === "zh")
    return `${showYear ? `${dt.year}年` : ""}${dt.month}月${dt.day}日(周${ZH_WEEKDAYS[dt.weekday - 1]})`;
  return `${EN_WEEKDAYS[dt.weekday - 1]} ${dt.day} ${EN_MONTHS[dt.month - 1]}${showYear ? ` ${dt.year}` : ""}`;
}

function day(dt: DateTime, env: Env): { zh: string; en: string } {
  return { zh: formatDay(dt, "zh", env.now.year), en: formatDay(dt, "en", env.now.year) };
}

function dayTime(dt: DateTime, env: Env): { zh: string; en: string } {
  const d = day(dt, env);
  const hm = dt.toFormat("HH:mm");
  return { zh: `${d.zh} ${hm}`, en: `${d.en} ${hm}` };
}

function tooLongMessage(): Message {
  return {
    zh: "这条消息太长了，我没法从中找出时间。请只发送日期和时间，例如“11月30日 14:00-15:30”。",
    en: "That message is too long for me to find a time in. Please send just the date and time, e.g. “30 Nov 14:00-15:30”.",
  };
}

/** `year` is shown when given; `max` (the month's length) defaults to that of `year` or of a leap year. */
function invalidDateMessage(
  year: number | undefined,
  month: number,
  dayOfMonth: number,
  max?: number,
): Message {
  if (month < 1 || month > 12) {
    return {
      zh: `没有${month}月这个月份，请检查一下日期，例如“11月30日”。`,
      en: `There is no month ${month}. Please check the date, e.g. “30 Nov”.`,
    };
  }
  const days = max ?? daysInMonth(year ?? 2024, month);
  const monthName = EN_MONTHS_LONG[month - 1];
  const short = EN_MONTHS[month - 1];
  return {
    zh: `${year === undefined ? "" : `${year}年`}${month}月只有${days}天，没有${dayOfMonth}日。请检查一下日期，例如“${month}月${days}日”。`,
    en: `${monthName}${year === undefined ? "" : ` ${year}`} has only ${days} days, so there is no ${dayOfMonth} ${short}. Please check the date, e.g. “${days} ${short}”.`,
  };
}

function invalidTimeMessage(text: string): Message {
  return {
    zh: `“${text}”不是有效的时间，请检查一下，例如“14:30”或“下午2点半”。`,
    en: `“${text}” is not a valid time. Please check it, e.g. “14:30” or “2:30pm”.`,
  };
}

function weekdayMismatchMessage(date: DateTime, claim: number, suggestion: DateTime, env: Env): Message {
  const given = day(date, env);
  const other = day(suggestion, env);
  const zhDate = `${date.year === env.now.year ? "" : `${date.year}年`}${date.month}月${date.day}日`;
  const enDate = `${date.day} ${EN_MONTHS[date.month - 1]}${date.year === env.now.year ? "" : ` ${date.year}`}`;
  return {
    zh: `${zhDate}是周${ZH_WEEKDAYS[date.weekday - 1]}，不是周${ZH_WEEKDAYS[claim - 1]}。请确认您要的是“${given.zh}”还是“${other.zh}”。`,
    en: `${enDate} is a ${EN_WEEKDAYS_LONG[date.weekday - 1]}, not a ${EN_WEEKDAYS_LONG[claim - 1]}. Please tell me which one you mean: “${given.en}” or “${other.en}”.`,
  };
}

function datePassedMessage(date: DateTime, env: Env, yearWasGuessed: boolean): Message {
  const given = day(date, env);
  const tomorrow = day(env.today.plus({ days: 1 }), env);
  const next = date.year + 1;
  return {
    zh: `${given.zh}已经过去了，请告诉我今天或以后的日期，例如“${tomorrow.zh}”。${
      yearWasGuessed ? `如果您指的是明年，请写上年份，例如“${next}年${date.month}月${date.day}日”。` : ""
    }`,
    en: `${given.en} has already passed. Please give me today or a later date, e.g. “${tomorrow.en}”.${
      yearWasGuessed
        ? ` If you mean next year, please add the year, e.g. “${date.day} ${EN_MONTHS[date.month - 1]} ${next}”.`
        : ""
    }`,
  };
}

function timePassedMessage(start: DateTime, env: Env): Message {
  const given = dayTime(start, env);
  const now = env.now.toFormat("HH:mm");
  const hm = start.toFormat("HH:mm");
  return {
    zh: `${given.zh}已经过去了（现在是${now}）。请告诉我一个将来的时间，例如“明天 ${hm}”。`,
    en: `${given.en} has already passed (it is now ${now}). Please give me a time in the future, e.g. “tomorrow ${hm}”.`,
  };
}

function needTimeMessage(date: DateTime, env: Env): Message {
  const d = day(date, env);
  return {
    zh: `请告诉我具体几点，例如“${d.zh} 14:00”。`,
    en: `Please tell me the exact time as well, e.g. “${d.en} 14:00”.`,
  };
}

function needTimeRangeMessage(date: DateTime, env: Env): Message {
  const d = day(date, env);
  return {
    zh: `请告诉我具体的时间段，例如“${d.zh} 14:00-15:30”，也可以说“上午”“下午”或“全天”。`,
    en: `Please tell me the time range as well, e.g. “${d.en} 14:00-15:30”, or say “morning”, “afternoon” or “all day”.`,
  };
}

function needStartTimeMessage(): Message {
  return {
    zh: "请告诉我开始时间，例如“14:00-15:30”。",
    en: "Please tell me the start time as well, e.g. “14:00-15:30”.",
  };
}

function needEndTimeMessage(): Message {
  return {
    zh: "请告诉我结束时间，例如“14:00-15:30”。",
    en: "Please tell me the end time as well, e.g. “14:00-15:30”.",
  };
}

function needDateMessage(): Message {
  return {
    zh: "请告诉我是哪一天，例如“11月30日”或“下周三”。",
    en: "Please tell me which day, e.g. “30 Nov” or “next Wednesday”.",
  };
}

function endNotAfterStartMessage(start: DateTime, end: DateTime, env: Env): Message {
  const sameDay = start.hasSame(end, "day");
  const s = sameDay ? { zh: start.toFormat("HH:mm"), en: start.toFormat("HH:mm") } : dayTime(start, env);
  const e = sameDay ? { zh: end.toFormat("HH:mm"), en: end.toFormat("HH:mm") } : dayTime(end, env);
  return {
    zh: `结束时间（${e.zh}）需要晚于开始时间（${s.zh}），请重新告诉我时间段，例如“14:00-15:30”。`,
    en: `The end time (${e.en}) must be later than the start time (${s.en}). Please send the time range again, e.g. “14:00-15:30”.`,
  };
}
