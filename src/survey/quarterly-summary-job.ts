import type { Locale } from "../core/locale.js";
import { officeHeads } from "../db/queries/people.js";
import { improvementPlansOf, sentSurveysBetween } from "../db/queries/survey.js";
import type { EngineContext } from "../engine/context.js";
import type { Job } from "../scheduler/job.js";
import { dailyAt } from "../scheduler/job-options.js";
import { queueMessages } from "../scheduler/queue-messages.js";
import { localeOf } from "../tickets/ticket-notices.js";
import { quarterKpiLines } from "./quarter-kpis.js";
import { lastWorkingDayOf, previousQuarter, quarterOf, type Term } from "./school-terms.js";
import { surveyResults } from "./survey-results.js";
import { surveyResultsText } from "./survey-results-text.js";
import { surveyTexts } from "./texts/index.js";

/** The KPI lines of a quarter for the summary (default: the supervision KPIs, `quarterKpiLines`). */
export type QuarterKpis = (ctx: EngineContext, quarter: Term, locale: Locale) => string | undefined;

/**
 * G19: on the last working day of each quarter the office head gets the quarter's survey results and the
 * improvement plans recorded with `改进`. It runs every morning; a bot that was down that day sends it on its
 * first morning back within the next quarter's first 10 days (one per quarter and head, by its key).
 */
export function quarterlySummaryJob(at: string, quarterKpis?: QuarterKpis): Job {
  return {
    name: "quarterly-summary",
    schedule: dailyAt(at),
    run: (ctx, now) => void sendQuarterlySummary(ctx, now, quarterKpis),
  };
}

const catchUpDays = 10;

function kpiSection(ctx: EngineContext, quarter: Term, locale: Locale, kpis: QuarterKpis): string {
  const t = surveyTexts(locale);
  const lines = kpis(ctx, quarter, locale);
  return lines === undefined ? t.quarterKpiMissing : `${t.quarterKpiTitle}\n${lines}`;
}

function dueQuarter(ctx: EngineContext, now: Date): Term | undefined {
  const zone = ctx.settings.timeZone;
  const today = ctx.calendar.localDate(now);
  const quarter = quarterOf(today, zone);
  if (today >= lastWorkingDayOf(ctx.calendar, quarter)) return quarter;
  const daysIn = (now.getTime() - quarter.from.getTime()) / 86_400_000;
  return daysIn < catchUpDays ? previousQuarter(quarter, zone) : undefined;
}

export function sendQuarterlySummary(ctx: EngineContext, now: Date, quarterKpis?: QuarterKpis): number {
  const quarter = dueQuarter(ctx, now);
  if (!quarter) return 0;
  return queueMessages(ctx, now, function* (tx) {
    const surveys = sentSurveysBetween(tx, quarter.from, quarter.to);
    const plans = improvementPlansOf(tx, quarter.key);
    for (const head of officeHeads(tx)) {
      const locale = localeOf(ctx, head);
      const t = surveyTexts(locale);
      const results = surveys.flatMap((s) => {
        const r = surveyResults(tx, s.id);
        return r ? [surveyResultsText(r, t, true)] : [];
      });
      const text = [
        t.quarterTitle(quarter.key),
        ...(results.length > 0 ? results : [t.quarterNoSurvey]),
        kpiSection(ctx, quarter, locale, quarterKpis ?? quarterKpiLines),
        plans.length > 0
          ? [t.plansTitle(quarter.key), ...plans.map((p, i) => `${i + 1}. ${p.text}`)].join("\n")
          : t.noPlans(quarter.key),
      ].join("\n\n");
      yield {
        dedupeKey: `quarterly-summary:${quarter.key}:${head.id}`,
        recipientId: head.id,
        kind: "quarterly-summary",
        message: { text },
      };
    }
  });
}
