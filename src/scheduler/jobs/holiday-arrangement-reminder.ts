import { join } from "node:path";
import { DateTime } from "luxon";
import { officeHeads } from "../../db/queries/people.js";
import { arrangementFileName } from "../../directory/holiday-arrangement-files.js";
import type { EngineContext } from "../../engine/context.js";
import { localeOf } from "../../tickets/ticket-notices.js";
import type { Job } from "../job.js";
import { dailyAt } from "../job-options.js";
import { servingWorkingDay } from "../morning-window.js";
import { queueMessages } from "../queue-messages.js";
import { schedulerTexts } from "../texts/index.js";

/** From this month on, next year's missing arrangement is worth a reminder (notices usually come in November). */
const remindFromMonth = 11;

/**
 * From 1 November, while next year's official holiday arrangement is missing (its deadlines only follow the
 * computed statutory holidays), the office head is told once a week, on a working morning, how to add it. A
 * current year that is still missing is reminded of all year. The ISO week in the key keeps it to one a week
 * however often the job runs or the bot restarts.
 */
export function holidayArrangementReminderJob(at: string, folder?: string): Job {
  return {
    name: "holiday-arrangement-reminder",
    schedule: dailyAt(at),
    run: (ctx, now) => void remindMissingArrangements(ctx, now, at, folder),
  };
}

/** The years whose arrangement the office should add now. */
export function missingArrangementYears(ctx: EngineContext, now: Date): number[] {
  const local = DateTime.fromJSDate(now, { zone: ctx.settings.timeZone });
  const years = [local.year];
  if (local.month >= remindFromMonth) years.push(local.year + 1);
  return years.filter((year) => ctx.calendar.yearSource(year) === "statutory");
}

export function remindMissingArrangements(
  ctx: EngineContext,
  now: Date,
  at: string,
  folder?: string,
): number {
  if (!servingWorkingDay(ctx, now, at)) return 0;
  const years = missingArrangementYears(ctx, now);
  if (years.length === 0) return 0;
  const week = DateTime.fromJSDate(now, { zone: ctx.settings.timeZone }).toFormat("kkkk-'W'WW");
  return queueMessages(ctx, now, function* (tx) {
    for (const head of officeHeads(tx)) {
      const t = schedulerTexts(localeOf(ctx, head));
      for (const year of years) {
        yield {
          dedupeKey: `holiday-arrangement:${year}:${head.id}:${week}`,
          recipientId: head.id,
          kind: "holiday-arrangement",
          message: {
            text: t.arrangementMissing(
              year,
              folder ? join(folder, arrangementFileName(year)) : arrangementFileName(year),
            ),
          },
        };
      }
    }
  });
}
