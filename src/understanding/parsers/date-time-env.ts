/** The environment of one parse: now, today and office hours in the school's zone, and the reference for chrono. */
import type * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { schoolZone } from "../../domain/school-zone.js";
import type { TimeContext } from "./date-time.js";

const DEFAULT_WORK_START = "08:30";
const DEFAULT_WORK_END = "17:30";

export interface Env {
  now: DateTime;
  today: DateTime;
  /** Minutes after midnight. */
  workStart: number;
  workEnd: number;
  /** Reference for chrono: `{ instant: now, timezone: <offset of the zone at now, in minutes> }`. */
  ref: chrono.ParsingReference;
}

export function makeEnv(ctx: TimeContext): Env {
  const now = inZone(ctx.now, ctx.timeZone);
  return {
    now,
    today: now.startOf("day"),
    workStart: clockMinutes(ctx.workStart ?? DEFAULT_WORK_START, "workStart"),
    workEnd: clockMinutes(ctx.workEnd ?? DEFAULT_WORK_END, "workEnd"),
    ref: { instant: ctx.now, timezone: now.offset },
  };
}

export function inZone(at: Date, timeZone: string): DateTime {
  const dt = DateTime.fromJSDate(at, { zone: schoolZone(timeZone) });
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
export function at(day: DateTime, minutes: number): DateTime {
  return day
    .plus({ days: Math.floor(minutes / 1440) })
    .set({ hour: Math.floor((minutes % 1440) / 60), minute: minutes % 60, second: 0, millisecond: 0 });
}
