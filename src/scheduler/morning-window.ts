import { DateTime } from "luxon";
import { schoolZone } from "../domain/school-zone.js";
import type { EngineContext } from "../engine/context.js";

/**
 * The local working day a morning job should serve at `now`, or undefined: not a working day, before `at`, or
 * after the working day ended (a restart late in the evening does not send a "good morning").
 */
export function servingWorkingDay(ctx: EngineContext, now: Date, at: string): string | undefined {
  const day = ctx.calendar.localDate(now);
  if (!ctx.calendar.isWorkingDay(day)) return undefined;
  const clock = DateTime.fromJSDate(now, { zone: schoolZone(ctx.settings.timeZone) }).toFormat("HH:mm");
  return clock >= at && clock < ctx.settings.workEnd ? day : undefined;
}
