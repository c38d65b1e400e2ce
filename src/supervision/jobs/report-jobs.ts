import { DateTime } from "luxon";
import { officeHeads } from "../../db/queries/people.js";
import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { dailyAt } from "../../scheduler/job-options.js";
import { servingWorkingDay } from "../../scheduler/morning-window.js";
import { queueMessages } from "../../scheduler/queue-messages.js";
import { localeOf } from "../../tickets/ticket-notices.js";
import { namedPeriod } from "../../understanding/parsers/report-period.js";
import { periodContext } from "../kpi-command.js";
import { periodReport } from "../period-report.js";
import type { ReportCadence } from "../supervision-command-parser.js";

function firstWorkingDay(ctx: EngineContext, from: DateTime, to: DateTime): string | undefined {
  for (let day = from; day <= to; day = day.plus({ days: 1 })) {
    const date = day.toISODate();
    if (date && ctx.calendar.isWorkingDay(date)) return date;
  }
  return undefined;
}

/**
 * Pushes the report of the period just ended to every office head, on the first working morning of the week
 * (weekly) or of the month (monthly): a holiday Monday or a holiday 1st moves it on. The period's key makes it
 * one report per period and head, even when a restart that morning runs the job again.
 */
export function sendPeriodReport(ctx: EngineContext, now: Date, at: string, cadence: ReportCadence): number {
  const today = servingWorkingDay(ctx, now, at);
  const local = DateTime.fromJSDate(now, { zone: ctx.settings.timeZone });
  const unit = cadence === "weekly" ? "week" : "month";
  if (!today || firstWorkingDay(ctx, local.startOf(unit), local.endOf(unit)) !== today) return 0;
  const period = namedPeriod(cadence === "weekly" ? "last-week" : "last-month", {
    ...periodContext(ctx),
    now,
  });
  return queueMessages(ctx, now, function* (tx) {
    for (const head of officeHeads(tx)) {
      const text = periodReport(ctx, tx, {
        cadence,
        period,
        postIds: undefined,
        locale: localeOf(ctx, head),
      });
      yield {
        dedupeKey: `${cadence}-report:${head.id}:${period.from}`,
        recipientId: head.id,
        kind: `${cadence}-report`,
        message: { text },
      };
    }
  });
}

/**
 * The weekly report (first working morning of the week, last week's figures) and the monthly report (first
 * working morning of the month, last month's), both at `at` ("HH:MM", school time).
 */
export function reportJobs(at: string): Job[] {
  return (["weekly", "monthly"] as const).map((cadence) => ({
    name: `${cadence}-report`,
    schedule: dailyAt(at),
    run: (ctx, now) => void sendPeriodReport(ctx, now, at, cadence),
  }));
}
