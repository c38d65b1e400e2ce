import { and, avg, count, eq, gte, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { ratings, ticketDeadlines, tickets } from "../schema.js";

export interface KpiNumbers {
  opened: number;
  resolved: number;
  /** Resolution clocks that ended in the period: met in time, met late, or still open past due. */
  onTime: number;
  dueInPeriod: number;
  complaints: number;
  operatorErrors: number;
  ratingAverage: number | null;
  ratings: number;
  overdueOpen: number;
}

/** The G16 service indicators for tickets of a period [from, to). */
export function kpiNumbers(db: DbOrTx, from: Date, to: Date, now: Date): KpiNumbers {
  const opened = db
    .select({ n: count() })
    .from(tickets)
    .where(and(gte(tickets.createdAt, from), lt(tickets.createdAt, to)))
    .get()!.n;
  const resolved = db
    .select({ n: count() })
    .from(tickets)
    .where(and(isNotNull(tickets.resolvedAt), gte(tickets.resolvedAt, from), lt(tickets.resolvedAt, to)))
    .get()!.n;
  const clocks = db
    .select({
      onTime: sql<number>`coalesce(sum(case when ${ticketDeadlines.metAt} <= ${ticketDeadlines.dueAt} then 1 else 0 end), 0)`,
      total: count(),
    })
    .from(ticketDeadlines)
    .where(
      and(
        eq(ticketDeadlines.milestone, "resolution"),
        sql`((${ticketDeadlines.metAt} >= ${from.getTime()} and ${ticketDeadlines.metAt} < ${to.getTime()})
          or (${ticketDeadlines.metAt} is null and ${ticketDeadlines.pausedAt} is null
              and ${ticketDeadlines.dueAt} >= ${from.getTime()} and ${ticketDeadlines.dueAt} < ${Math.min(to.getTime(), now.getTime())}))`,
      ),
    )
    .get()!;
  const complaintRows = db
    .select({ total: count(), errors: sql<number>`coalesce(sum(${tickets.operatorError}), 0)` })
    .from(tickets)
    .where(and(eq(tickets.type, "complaint"), gte(tickets.createdAt, from), lt(tickets.createdAt, to)))
    .get()!;
  const rated = db
    .select({ average: avg(ratings.score), n: count() })
    .from(ratings)
    .where(and(gte(ratings.updatedAt, from), lt(ratings.updatedAt, to)))
    .get()!;
  const overdueOpen = db
    .selectDistinct({ id: ticketDeadlines.ticketId })
    .from(ticketDeadlines)
    .where(
      and(isNull(ticketDeadlines.metAt), isNull(ticketDeadlines.pausedAt), lte(ticketDeadlines.dueAt, now)),
    )
    .all().length;
  return {
    opened,
    resolved,
    onTime: Number(clocks.onTime),
    dueInPeriod: clocks.total,
    complaints: complaintRows.total,
    operatorErrors: Number(complaintRows.errors),
    ratingAverage: rated.average === null ? null : Number(rated.average),
    ratings: rated.n,
    overdueOpen,
  };
}
