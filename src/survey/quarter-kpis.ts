import type { Locale } from "../core/locale.js";
import type { EngineContext } from "../engine/context.js";
import { figureLines, kpiWording } from "../supervision/kpi-lines.js";
import { kpiReport } from "../supervision/kpi-report.js";
import type { Term } from "./school-terms.js";

/** The quarter's G16 figures for the quarterly summary, worded as `统计` words them. */
export function quarterKpiLines(ctx: EngineContext, quarter: Term, locale: Locale): string {
  const report = kpiReport(ctx, { from: quarter.from, to: quarter.to });
  return figureLines(report, kpiWording(ctx, locale)).join("\n");
}
