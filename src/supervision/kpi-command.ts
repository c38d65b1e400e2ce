import { causeAnalysisOf, flagPeriod } from "../db/queries/kpi.js";
import type { PersonWithPosts } from "../db/queries/people.js";
import type { EngineContext } from "../engine/context.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import {
  type PeriodContext,
  parseReportPeriod,
  periodInstants,
  type ReportPeriod,
} from "../understanding/parsers/report-period.js";
import { breakdownLines, causeLines, figureLines, kpiWording, periodText, scopeName } from "./kpi-lines.js";
import { type KpiReport, kpiReport } from "./kpi-report.js";

export const supervisionServiceId = "supervision";

/** What the head's next message is taken as after a low on-time rate: the cause analysis of this period. */
export interface AwaitingCause {
  cause: { from: string; to: string };
}

/**
 * Whose tickets a person may see figures of: the head all (undefined), a clerk their own posts; anyone else
 * none (null).
 */
export function viewablePosts(person: PersonWithPosts): readonly string[] | undefined | null {
  if (person.isHead) return undefined;
  return person.postIds.length > 0 ? person.postIds : null;
}

export function periodContext(ctx: EngineContext): PeriodContext {
  return { now: ctx.clock(), timeZone: ctx.settings.timeZone, semesters: ctx.directory.semesters };
}

/** The KPIs of a parsed period for a selection of posts. */
export function reportOf(
  ctx: EngineContext,
  period: ReportPeriod,
  postIds: readonly string[] | undefined,
): KpiReport {
  const { start, end } = periodInstants(period, ctx.settings.timeZone);
  return kpiReport(ctx, { from: start, to: end, postIds });
}

/**
 * Records that a period's office-wide on-time rate is below 85 % (G16) when the head looks at it; true when its
 * cause analysis is still to be written.
 */
export function flagForCause(scope: CommandScope, period: ReportPeriod, report: KpiReport): boolean {
  if (report.postIds || !report.flags.needsCauseAnalysis || report.onTime.rate === undefined) return false;
  flagPeriod(scope.tx, period, report.onTime.rate, scope.ctx.clock());
  return !causeAnalysisOf(scope.tx, period)?.cause;
}

/** `统计 上月`: the G16 indicators of a period, by post and service type, for the head or a clerk's posts. */
export function kpiCommand(scope: CommandScope, periodWords: string): CommandOutcome {
  const { ctx, locale, tx } = scope;
  const w = kpiWording(ctx, locale);
  const postIds = viewablePosts(scope.person);
  if (postIds === null) return say(w.t.notAllowed);
  const parsed = parseReportPeriod(periodWords, periodContext(ctx));
  if (!parsed.ok) return say(parsed.error[locale]);
  const period = parsed.value;
  const report = reportOf(ctx, period, postIds);
  const lines = [
    w.t.kpiTitle(periodText(period, w.t), scopeName(w, postIds)),
    ...figureLines(report, w),
    ...breakdownLines(report, w),
  ];
  const asking = scope.person.isHead && flagForCause(scope, period, report);
  if (!asking) return say([...lines, ...causeLines(tx, period, w)].join("\n"));
  lines.push(w.t.askCause);
  const data: AwaitingCause = { cause: { from: period.from, to: period.to } };
  return { replies: [{ text: lines.join("\n") }], awaiting: { service: supervisionServiceId, data } };
}
