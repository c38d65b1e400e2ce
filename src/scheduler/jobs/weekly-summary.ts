import { DateTime } from "luxon";
import { kpiNumbers } from "../../db/queries/kpi.js";
import { officeHeads } from "../../db/queries/people.js";
import type { EngineContext } from "../../engine/context.js";
import { texts } from "../../engine/texts/index.js";
import { localeOf } from "../../tickets/ticket-notices.js";
import type { Job } from "../job.js";
import { dailyAt } from "../job-options.js";
import { servingWorkingDay } from "../morning-window.js";
import { queueMessages } from "../queue-messages.js";
import { schedulerTexts } from "../texts/index.js";

/**
 * On the first working morning of each week the office head gets last week's numbers (Monday to Sunday):
 * opened, resolved, overdue now, on-time rate and average rating. Runs every morning and sends only on the
 * week's first working day (a holiday Monday moves it on); the week's key makes it one summary per week even
 * when a restart that day runs the job again.
 */
export function weeklySummaryJob(at: string): Job {
  return {
    name: "weekly-summary",
    schedule: dailyAt(at),
    run: (ctx, now) => void sendWeeklySummary(ctx, now, at),
  };
}

function firstWorkingDay(ctx: EngineContext, monday: DateTime): string | undefined {
  for (let day = 0; day < 7; day++) {
    const date = monday.plus({ days: day }).toISODate();
    if (date && ctx.calendar.isWorkingDay(date)) return date;
  }
  return undefined;
}

export function sendWeeklySummary(ctx: EngineContext, now: Date, at: string): number {
  const today = servingWorkingDay(ctx, now, at);
  const thisWeek = DateTime.fromJSDate(now, { zone: ctx.settings.timeZone }).startOf("week");
  if (!today || firstWorkingDay(ctx, thisWeek) !== today) return 0;
  const lastWeek = thisWeek.minus({ weeks: 1 });
  return queueMessages(ctx, now, function* (tx) {
    const k = kpiNumbers(tx, lastWeek.toJSDate(), thisWeek.toJSDate(), now);
    for (const head of officeHeads(tx)) {
      const locale = localeOf(ctx, head);
      const t = schedulerTexts(locale);
      const noData = texts(locale).noData;
      const text = [
        t.weeklyTitle(lastWeek.toISODate() ?? "", thisWeek.minus({ days: 1 }).toISODate() ?? ""),
        t.weeklyLines({
          opened: k.opened,
          resolved: k.resolved,
          overdueOpen: k.overdueOpen,
          onTime: k.dueInPeriod === 0 ? noData : `${((100 * k.onTime) / k.dueInPeriod).toFixed(1)}%`,
          rating: k.ratingAverage === null ? noData : `${k.ratingAverage.toFixed(2)} / 5`,
          ratings: k.ratings,
        }),
      ].join("\n");
      yield {
        dedupeKey: `weekly-summary:${head.id}:${lastWeek.toISODate()}`,
        recipientId: head.id,
        kind: "weekly-summary",
        message: { text },
      };
    }
  });
}
