/**
 * The date/time mentions in a normalised message: the richest run of adjacent mentions, split at a range word into a
 * start part and an end part, each read for its day, clock time and period; plus any duration in the message.
 */
import { CLOCK_LIKE_RE, type ClockMention, chronoParse, readClock } from "./date-time-clock.js";
import {
  type DayMention,
  EN_WEEKDAY_RE,
  findExplicitDates,
  ISO_DATE_RE,
  RELATIVE_DAY_RE,
  readDate,
  ZH_WEEKDAY_RE,
} from "./date-time-day-words.js";
import type { Env } from "./date-time-env.js";
import {
  EN_DURATION_RE,
  findDuration,
  PERIOD_RE,
  type Period,
  readPeriod,
  ZH_DURATION_RE,
} from "./date-time-periods.js";

/** One side of a range, or the whole mention when there is no range word. */
export interface Part extends DayMention, ClockMention {
  period?: Period;
}

export interface Analysis {
  start: Part;
  end?: Part;
  durationMinutes?: number;
}

/** The start and end parts and the duration of the mention in `s` (already normalised); undefined if none. */
export function readMentions(s: string, env: Env): Analysis | undefined {
  const group = bestGroup(s, env);
  if (group === undefined) return undefined;
  const [first, second] = splitRange(group);
  const start = parsePart(first, second === undefined ? undefined : "start", env);
  const end = second === undefined ? undefined : parsePart(second, "end", env);
  const durationMinutes = findDuration(s);

  const meaningful = (p: Part | undefined) => !!p && !!(p.date || p.time || p.period || p.invalidTime);
  if (!meaningful(start) && !meaningful(end) && durationMinutes === undefined) return undefined;
  return { start, ...(end ? { end } : {}), ...(durationMinutes !== undefined ? { durationMinutes } : {}) };
}

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

function parsePart(text: string, rangeSide: "start" | "end" | undefined, env: Env): Part {
  const part: Part = { ...readDate(text), ...readClock(text, rangeSide, env.ref) };
  const period = readPeriod(text);
  if (period) part.period = period;
  return part;
}
