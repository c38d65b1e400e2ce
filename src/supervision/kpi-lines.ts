import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { Tx } from "../db/database.js";
import { causeAnalysisOf } from "../db/queries/kpi.js";
import { getPerson } from "../db/queries/people.js";
import type { ClockRate, KpiFigures } from "../domain/kpi.js";
import type { EngineContext } from "../engine/context.js";
import type { ReportPeriod } from "../understanding/parsers/report-period.js";
import type { KpiReport } from "./kpi-report.js";
import { type SupervisionTexts, supervisionTexts } from "./texts/index.js";

/** How a KPI reply is worded: the context for names, the language, and its sentences. */
export interface KpiWording {
  ctx: EngineContext;
  locale: Locale;
  t: SupervisionTexts;
}

export function kpiWording(ctx: EngineContext, locale: Locale): KpiWording {
  return { ctx, locale, t: supervisionTexts(locale) };
}

export const percentText = (rate: number | undefined, t: SupervisionTexts) =>
  rate === undefined ? t.noData : `${rate.toFixed(1)}%`;

const rateText = (r: ClockRate, t: SupervisionTexts) =>
  r.rate === undefined
    ? t.noData
    : t.rateOf({ rate: percentText(r.rate, t), onTime: r.onTime, counted: r.counted });

export const meanText = (mean: number | undefined, t: SupervisionTexts) =>
  mean === undefined ? t.noData : t.mean(mean);

/** "上月：2026-11-01 至 2026-11-30" (or the directory's semester name). */
export function periodText(period: ReportPeriod, t: SupervisionTexts): string {
  return t.period(period.name ?? t.periodName[period.kind], period.from, period.to);
}

export function postName(w: KpiWording, postId: string): string {
  const post = w.ctx.directory.posts.find((p) => p.id === postId);
  if (!post) return postId;
  return w.locale === "en" ? (post.name_en ?? post.name) : post.name;
}

export function typeName(w: KpiWording, type: string): string {
  return w.ctx.flows.get(type)?.title[w.locale] ?? type;
}

/** Whose figures these are: the whole office, or the clerk's posts. */
export function scopeName(w: KpiWording, postIds: readonly string[] | undefined): string {
  return postIds ? postIds.map((id) => postName(w, id)).join("、") : w.t.wholeOffice;
}

/** The headline figures: on-time with its target and flags, the other clocks, volumes, errors, satisfaction. */
export function figureLines(f: KpiFigures, { t }: KpiWording): string[] {
  const on = f.onTime;
  const target = f.flags.onTimeMeetsTarget
    ? t.meetsTarget
    : f.flags.needsCauseAnalysis
      ? t.needsCause
      : t.belowTarget;
  const lines = [
    on.rate === undefined
      ? t.onTimeNone
      : `${t.onTimeLine({ rate: percentText(on.rate, t), onTime: on.onTime, counted: on.counted }, on.late, on.overdue)} ${target}`,
  ];
  const plan = f.clocks.plan.counted > 0 ? rateText(f.clocks.plan, t) : undefined;
  lines.push(t.clocksLine(rateText(f.clocks.response, t), rateText(f.clocks.onsite, t), plan));
  lines.push(t.volumeLine(f.opened, f.resolved));
  lines.push(t.errorLine(percentText(f.errors.rate, t), f.errors.operatorErrors, f.errors.complaints));
  if (f.flags.needsTraining) lines.push(t.needsTraining);
  const s = f.satisfaction;
  lines.push(
    s.count === 0 ? t.satisfactionNone : t.satisfactionLine(meanText(s.mean, t), s.count, s.distribution),
  );
  return lines;
}

/** Per post (when more than one is in view) and per service type. */
export function breakdownLines(report: KpiReport, w: KpiWording): string[] {
  const { t } = w;
  const line = (name: string, f: KpiFigures) =>
    t.breakdownLine(name, rateText(f.onTime, t), f.opened, meanText(f.satisfaction.mean, t));
  const lines: string[] = [];
  if ((report.postIds?.length ?? 2) > 1 && report.byPost.length > 0)
    lines.push(t.byPost, ...report.byPost.map((p) => line(postName(w, p.postId), p)));
  if (report.byType.length > 0)
    lines.push(t.byType, ...report.byType.map((p) => line(typeName(w, p.type), p)));
  return lines;
}

/** The recorded cause analysis of a period, or a note that it is missing; nothing when none was asked for. */
export function causeLines(tx: Tx, period: ReportPeriod, w: KpiWording): string[] {
  const analysis = causeAnalysisOf(tx, period);
  if (!analysis) return [];
  if (!analysis.cause) return [w.t.causeMissing];
  const who = analysis.recordedById ? (getPerson(tx, analysis.recordedById)?.name ?? "") : "";
  const at = analysis.recordedAt
    ? (DateTime.fromJSDate(analysis.recordedAt, { zone: w.ctx.settings.timeZone }).toISODate() ?? "")
    : "";
  return [w.t.causeLine(analysis.cause, who, at)];
}
