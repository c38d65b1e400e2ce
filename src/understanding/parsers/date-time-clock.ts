/**
 * Clock times in a message ("14:00", "下午3点半", "2pm", a bare "9" next to a range word) and the office-hours rules
 * that turn them into minutes after midnight.
 *
 * chrono is used only for reading clock times (hour, minute, certain am/pm). Its Simplified Chinese parsers compute
 * dates with getDate()/getDay()/getHours() on `reference.instant`, i.e. in the machine's zone, ignoring the
 * `timezone` we pass ("明天" at 10:00 Shanghai is the 27th on a New York machine); its weekday rule is "closest"
 * (not forward) and 下周X counts Sunday-start weeks; it drops impossible dates silently. See the last block of
 * tests/engine/parsers/date-time.test.ts.
 */
import type { ParsedResult, ParsingReference } from "chrono-node";
// Only the two locales used: the package's main entry loads every locale (about 200 modules) at start-up.
import { casual as english } from "chrono-node/en";
import { casual as simplifiedChinese } from "chrono-node/zh/hans";
import { findExplicitDates } from "./date-time-day-words.js";
import type { Period } from "./date-time-periods.js";

interface ClockTime {
  hour: number;
  minute: number;
  /** Only when the text says so (上午/下午/am/pm) or the hour is 13–23. */
  meridiem?: "am" | "pm";
  /** "07:30": a zero-padded hour is read as the 24-hour clock. */
  padded: boolean;
}

/** What one side of a range says about the clock. */
export interface ClockMention {
  time?: ClockTime;
  /** Text that looks like a clock time but is not one ("25:00"). */
  invalidTime?: string;
}

/** Things that look like clock times, valid or not: "14:00", "25:00", "3点". */
export const CLOCK_LIKE_RE =
  /(?<![\d:])(\d{1,2})\s*:\s*(\d{2})(?![\d:])|(?<![\d.])(\d{1,2})\s*[点點](?!钟头)/g;

/**
 * The clock time in one part of a message, or text that looks like one but is not valid ("25:00").
 * `rangeSide` is set when the part is one side of a range; then a bare number next to the range word is a time.
 */
export function readClock(
  text: string,
  rangeSide: "start" | "end" | undefined,
  ref: ParsingReference,
): ClockMention {
  const mention: ClockMention = {};
  const time = chronoTime(text, ref) ?? (rangeSide ? bareHour(text, rangeSide) : undefined);
  if (time) mention.time = time;
  else {
    for (const m of text.matchAll(CLOCK_LIKE_RE)) {
      const hour = Number(m[1] ?? m[3]);
      const minute = m[2] === undefined ? 0 : Number(m[2]);
      if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) {
        mention.invalidTime = m[0].trim();
        break;
      }
    }
  }
  return mention;
}

/**
 * chrono with the reference the brief asks for: the current instant plus the numeric UTC offset of the school's zone
 * (chrono ignores IANA names). Simplified Chinese first when the text has Han characters, English otherwise,
 * falling back to the other. Only wall-clock components are read from the results.
 */
export function chronoParse(text: string, ref: ParsingReference): ParsedResult[] {
  const han = /\p{Script=Han}/u.test(text);
  const parsers = han ? [simplifiedChinese, english] : [english, simplifiedChinese];
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

function chronoTime(text: string, ref: ParsingReference): ClockTime | undefined {
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
export function startMinutes(t: ClockTime, period: Period | undefined, end: ClockTime | undefined): number {
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
export function endMinutes(t: ClockTime, period: Period | undefined, startMin: number | undefined): number {
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
