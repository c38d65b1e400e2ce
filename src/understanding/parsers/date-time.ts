/**
 * Pure date/time parsers for teachers' chat messages in Simplified Chinese or English:
 * "明天下午借301会议室", "11月30日 14:00-15:30", "下周一上午9点到10点半", "tomorrow 2pm to 3:30pm", "3点".
 *
 * How it works:
 * 1. The text is normalised (NFKC: full-width digits/colons/tildes, dashes → "-"; date-time-text.ts).
 * 2. Mentions are found by chrono-node (clock times) and by our own patterns (explicit dates, 明天/tomorrow,
 *    周一/next Monday, 上午/afternoon, durations). Adjacent mentions form groups; the richest group is used
 *    (date-time-mentions.ts).
 * 3. A group is split at a range word (到, 至, -, ~, to, until) into a start part and an end part.
 * 4. Each part yields a date spec and a weekday "claim" (date-time-day-words.ts), a clock time read by chrono
 *    (date-time-clock.ts, which also explains chrono's quirks) and a period word (date-time-periods.ts).
 * 5. All calendar arithmetic is done with luxon in `ctx.timeZone`, never in the machine's zone
 *    (date-time-calendar.ts); refusals are worded in date-time-messages.ts.
 */
import type { DateTime } from "luxon";
import type { Locale, Message } from "../../core/locale.js";
import { checkNotPast, resolvePartDates } from "./date-time-calendar.js";
import { endMinutes, startMinutes } from "./date-time-clock.js";
import { at, type Env, makeEnv } from "./date-time-env.js";
import { type Analysis, readMentions } from "./date-time-mentions.js";
import {
  datePassedMessage,
  endNotAfterStartMessage,
  fail,
  invalidTimeMessage,
  needDateMessage,
  needEndTimeMessage,
  needStartTimeMessage,
  needTimeMessage,
  needTimeRangeMessage,
  tooLongMessage,
} from "./date-time-messages.js";
import { periodBounds } from "./date-time-periods.js";
import { normalize } from "./date-time-text.js";
import type { ParseResult } from "./parse-result.js";

export { formatDateTime, formatTimeRange } from "./date-time-format.js";

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

function analyse(text: string, env: Env): Analysis | { error: Message } | undefined {
  if (typeof text !== "string") return undefined;
  if (text.length > MAX_INPUT_LENGTH * 4) return { error: tooLongMessage() };
  const s = normalize(text);
  if (s.length > MAX_INPUT_LENGTH) return { error: tooLongMessage() };
  if (s === "") return undefined;
  return readMentions(s, env);
}
