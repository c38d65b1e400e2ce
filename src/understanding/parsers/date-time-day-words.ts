/**
 * Day words in a message, read into a date spec: explicit dates ("11月30日", "2026-11-30", "Dec 1", "11.30"),
 * relative days (明天, tomorrow) and weekdays (周一, 下周三, next Monday); plus the names of months and weekdays.
 */
import { DateTime } from "luxon";
import { firstMatch } from "./date-time-text.js";
import { parseChineseNumber } from "./numbers.js";

type WeekShift = "coming" | -2 | -1 | 0 | 1 | 2;

export type DateSpec =
  | { kind: "explicit"; year?: number; month: number; day: number }
  | { kind: "relative"; days: number }
  | { kind: "weekday"; weekday: number; week: WeekShift };

export const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const EN_MONTHS_LONG = [
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
export const EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
export const EN_WEEKDAYS_LONG = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];
export const ZH_WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];

const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ZH_SMALL_NUM = "[一二三四五六七八九十]{1,3}";

export const ISO_DATE_RE = /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g;
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

export const RELATIVE_DAY_RE =
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

export const ZH_WEEKDAY_RE = /(上上|下下|上|下|这|本)?\s*个?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])/g;
export const EN_WEEKDAY_RE =
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

/** What one side of a range says about the day. */
export interface DayMention {
  date?: DateSpec;
  /** A weekday said next to a date ("11月27日周一"); must match it. Luxon numbering, 1 = Monday. */
  weekdayClaim?: number;
}

/** The day a part of a message names: an explicit date, else a relative day, else a weekday. */
export function readDate(text: string): DayMention {
  const mention: DayMention = {};
  const explicit = findExplicitDates(text)[0];
  const relative = firstMatch(text, [RELATIVE_DAY_RE]);
  const weekday = firstMatch(text, [ZH_WEEKDAY_RE, EN_WEEKDAY_RE]);
  const weekdaySpec = weekday ? readWeekday(weekday) : undefined;
  if (explicit)
    mention.date = { kind: "explicit", month: explicit.month, day: explicit.day, year: explicit.year };
  else if (relative) mention.date = { kind: "relative", days: RELATIVE_DAYS[relative[0].toLowerCase()] ?? 0 };
  else if (weekdaySpec) mention.date = weekdaySpec;
  if (mention.date && mention.date.kind !== "weekday" && weekdaySpec)
    mention.weekdayClaim = weekdaySpec.weekday;
  return mention;
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
export function findExplicitDates(s: string): RawDate[] {
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

export function daysInMonth(year: number, month: number): number {
  return DateTime.utc(year, month, 1).daysInMonth ?? 31;
}
