import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { Tx } from "../db/database.js";
import { causeAnalysisOf, flagPeriod, lowRatings, overdueTickets } from "../db/queries/kpi.js";
import { delta } from "../domain/kpi.js";
import type { EngineContext } from "../engine/context.js";
import { periodInstants, previousPeriod, type ReportPeriod } from "../understanding/parsers/report-period.js";
import { reportOf } from "./kpi-command.js";
import {
  breakdownLines,
  causeLines,
  figureLines,
  type KpiWording,
  kpiWording,
  periodText,
  postName,
  scopeName,
} from "./kpi-lines.js";
import type { KpiReport } from "./kpi-report.js";
import type { ReportCadence } from "./supervision-command-parser.js";

/** Overdue tickets listed by name in a report; the rest are counted. */
export const overdueListLimit = 20;
const lowRatingLimit = 10;
const lowScore = 2;

export interface PeriodReportInput {
  cadence: ReportCadence;
  period: ReportPeriod;
  /** A clerk's posts; undefined for the whole office (the head). */
  postIds: readonly string[] | undefined;
  locale: Locale;
}

function changeLines(report: KpiReport, previous: KpiReport, before: ReportPeriod, w: KpiWording): string[] {
  const { t } = w;
  const opened = t.count(report.opened - previous.opened);
  const onTime = delta(report.onTime.rate, previous.onTime.rate);
  const rating = delta(report.satisfaction.mean, previous.satisfaction.mean);
  return [
    t.changeTitle(periodText(before, t)),
    t.changeLine(
      opened,
      onTime === undefined ? t.unknownChange : t.points(onTime),
      rating === undefined ? t.unknownChange : t.score(rating),
    ),
  ];
}

function overdueLines(
  ctx: EngineContext,
  tx: Tx,
  postIds: readonly string[] | undefined,
  w: KpiWording,
): string[] {
  const { t } = w;
  const overdue = overdueTickets(tx, ctx.clock(), postIds, overdueListLimit);
  const due = (at: Date) => DateTime.fromJSDate(at, { zone: ctx.settings.timeZone }).toFormat("MM-dd HH:mm");
  const lines = [t.overdueTitle(overdue.total)];
  for (const o of overdue.tickets)
    lines.push(
      t.overdueLine(o.number, postName(w, o.postId), o.summary, t.milestone[o.milestone] ?? "", due(o.dueAt)),
    );
  if (overdue.total > overdue.tickets.length)
    lines.push(t.overdueMore(overdue.total - overdue.tickets.length));
  return lines;
}

/**
 * The weekly or monthly report (G4's 周报/月报): volumes by post and type, on-time and the other clocks, errors,
 * satisfaction with its low-score comments, bookings, the overdue list (top 20 and the count), what changed
 * since the period before, and cause analyses. Marks the period for a cause analysis when the office-wide
 * on-time rate is below 85 %.
 */
export function periodReport(ctx: EngineContext, tx: Tx, input: PeriodReportInput): string {
  const w = kpiWording(ctx, input.locale);
  const { t } = w;
  const { period, postIds } = input;
  const report = reportOf(ctx, period, postIds);
  const before = previousPeriod(period, { semesters: ctx.directory.semesters });
  const previous = reportOf(ctx, before, postIds);
  const title = input.cadence === "weekly" ? t.weeklyTitle : t.monthlyTitle;
  const lines = [title(periodText(period, t), scopeName(w, postIds)), ...figureLines(report, w)];
  lines.push(...changeLines(report, previous, before, w));
  lines.push(t.bookingsLine(report.bookings));
  lines.push(...breakdownLines(report, w));
  const { start, end } = periodInstants(period, ctx.settings.timeZone);
  const low = lowRatings(tx, { from: start, to: end, postIds }, lowScore, lowRatingLimit);
  if (low.length > 0)
    lines.push(
      t.lowRatingsTitle,
      ...low.map((r) => t.lowRatingLine(r.number, r.score, r.summary, r.comment)),
    );
  lines.push(...overdueLines(ctx, tx, postIds, w));
  const wholeOffice = postIds === undefined;
  if (wholeOffice && report.flags.needsCauseAnalysis && report.onTime.rate !== undefined)
    flagPeriod(tx, period, report.onTime.rate, ctx.clock());
  const earlier = wholeOffice ? causeAnalysisOf(tx, before)?.cause : undefined;
  if (earlier) lines.push(t.previousCause(periodText(before, t), earlier));
  if (wholeOffice) {
    const own = causeLines(tx, period, w);
    lines.push(...(own[0] === t.causeMissing ? [t.askCauseByCommand] : own));
  }
  lines.push(t.reportFooter);
  return lines.join("\n");
}
