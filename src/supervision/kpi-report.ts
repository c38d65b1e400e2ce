import { bookingCount, type ComplaintRule, type KpiRange, kpiRows } from "../db/queries/kpi.js";
import { type KpiFigures, type KpiRows, kpiBreakdown, kpiFigures } from "../domain/kpi.js";
import type { EngineContext } from "../engine/context.js";
import type { FlowDefinition, Values } from "../engine/flow-kit/types.js";

export type { KpiFigures };

/** What `kpiReport` reads: the database, the flows (which tickets are complaints) and the clock. */
export type KpiSource = Pick<EngineContext, "db" | "flows" | "clock">;

export interface KpiQuery {
  /** Start of the period, inclusive (e.g. `periodInstants(period, zone).start`). */
  from: Date;
  /** End of the period, exclusive. */
  to: Date;
  /** Only these posts' tickets (a clerk's view); undefined for the whole office. */
  postIds?: readonly string[] | undefined;
  /** The instant "overdue" is judged at; default the source's clock. */
  now?: Date;
  /**
   * Leave complaints uncounted (the error rate then shows none): for figures that show only volumes and on-time
   * rates, such as the dashboard's weekly trend, which would otherwise read every complaint of each week.
   */
  withoutComplaints?: boolean;
}

/**
 * The G16 indicators of a period (definitions in `src/domain/kpi.ts`): on-time (resolution clock) with its
 * counts, the response/on-site/plan clocks beside it, volumes, error rate, satisfaction and flags for the
 * whole selection, by post and by service type, and the room bookings held.
 */
export interface KpiReport extends KpiFigures {
  from: Date;
  to: Date;
  now: Date;
  postIds: readonly string[] | undefined;
  bookings: number;
  byPost: Array<{ postId: string } & KpiFigures>;
  byType: Array<{ type: string } & KpiFigures>;
}

/** The complaint rules the flows declare (`complaint: true` or `{ field, value }`). */
export function complaintRules(flows: KpiSource["flows"]): ComplaintRule[] {
  return flows.all().flatMap((f): ComplaintRule[] => {
    if (!f.complaint) return [];
    return f.complaint === true
      ? [{ type: f.id }]
      : [{ type: f.id, field: f.complaint.field, value: f.complaint.value }];
  });
}

/** Whether a ticket of `flow` with these values is a complaint (for `操作失误`). */
export function isComplaint(flow: FlowDefinition | undefined, fields: Values): boolean {
  if (!flow?.complaint) return false;
  return flow.complaint === true || fields[flow.complaint.field] === flow.complaint.value;
}

/**
 * The KPIs of [from, to), aggregated in SQL over index ranges (a month at a million tickets stays in
 * milliseconds).
 *
 * ```ts
 * const { start, end } = periodInstants(parsed.value, ctx.settings.timeZone);
 * const report = kpiReport(ctx, { from: start, to: end, postIds: ["houqin"] });
 * report.onTime.rate; // 71.43, from report.onTime.onTime of report.onTime.counted
 * ```
 */
export function kpiReport(source: KpiSource, query: KpiQuery): KpiReport {
  const now = query.now ?? source.clock();
  const range: KpiRange = { from: query.from, to: query.to, postIds: query.postIds };
  const db = source.db;
  const rules = query.withoutComplaints ? [] : complaintRules(source.flows);
  const rows: KpiRows = kpiRows(db, range, now, rules);
  return {
    ...kpiFigures(rows),
    from: query.from,
    to: query.to,
    now,
    postIds: query.postIds,
    bookings: bookingCount(db, range),
    byPost: kpiBreakdown(rows, "postId").map(({ key, figures }) => ({ postId: key, ...figures })),
    byType: kpiBreakdown(rows, "type").map(({ key, figures }) => ({ type: key, ...figures })),
  };
}
