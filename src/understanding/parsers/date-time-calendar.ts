/**
 * Date specs → days in the school's zone, and the checks that refuse what cannot be meant: an impossible or past
 * date, a weekday that does not match its date, a start in the past.
 */
import { DateTime } from "luxon";
import type { Message } from "../../core/locale.js";
import { type DateSpec, daysInMonth } from "./date-time-day-words.js";
import type { Env } from "./date-time-env.js";
import type { Part } from "./date-time-mentions.js";
import {
  datePassedMessage,
  fail,
  invalidDateMessage,
  timePassedMessage,
  weekdayMismatchMessage,
} from "./date-time-messages.js";
import type { ParseResult } from "./parse-result.js";

/** A start this many minutes in the past is still accepted ("now-ish"). */
const PAST_SLACK_MINUTES = 5;
/** A month/day without a year that lies further back than this means next year; closer is an error. */
const RECENT_PAST_DAYS = 31;

export function resolvePartDates(
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

export function checkNotPast(start: DateTime, env: Env): Message | undefined {
  if (start >= env.now.minus({ minutes: PAST_SLACK_MINUTES })) return undefined;
  return timePassedMessage(start, env);
}
