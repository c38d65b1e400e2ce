import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  notInArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { type KpiMilestone, type KpiRows, kpiExcludedStatuses, kpiMilestones } from "../../domain/kpi.js";
import type { DbOrTx } from "../database.js";
import {
  bookings,
  kpiCauseAnalyses,
  kpiClockBuckets,
  kpiRatingBuckets,
  kpiTicketBuckets,
  ratings,
  ticketDeadlines,
  tickets,
} from "../schema.js";

/**
 * Every KPI query (G16; the definitions are in `src/domain/kpi.ts`). Each aggregates in SQL, grouped by post
 * and service type, over an index range of the period: clocks by `(milestone, due_at)`, tickets by
 * `created_at`, ratings by `updated_at`; nothing loads a period's tickets into memory.
 */

/** Which tickets are complaints: every ticket of a flow, or those whose field (`fields.<field>`) has a value. */
export interface ComplaintRule {
  type: string;
  field?: string | undefined;
  value?: string | undefined;
}

export interface KpiRange {
  /** Start of the period (inclusive instant). */
  from: Date;
  /** End of the period (exclusive instant). */
  to: Date;
  /** Only these posts' tickets; undefined for the whole office. */
  postIds?: readonly string[] | undefined;
}

export interface ClockRow {
  milestone: KpiMilestone;
  postId: string;
  type: string;
  due: number;
  completed: number;
  onTime: number;
  overdue: number;
}

export interface GroupCount {
  postId: string;
  type: string;
  count: number;
}

export interface ScoreCount extends Omit<GroupCount, "count"> {
  score: number;
  count: number;
}

const excluded = [...kpiExcludedStatuses];
const n = (value: unknown) => Number(value ?? 0);

/**
 * Only the range's posts. The unary `+` keeps SQLite from reading every ticket of a post through
 * `tickets_post_queue` (without ANALYZE statistics it prefers an equality to a range): each query here reads
 * its period's index range and drops the other posts' rows as it goes.
 */
function postFilter(range: KpiRange): SQL | undefined {
  return range.postIds ? inArray(sql`+${tickets.postId}`, [...range.postIds]) : undefined;
}

/** The SLA clocks due in [from, to) per milestone, post and type, counted as of `now`. */
export function clockCounts(db: DbOrTx, range: KpiRange, now: Date): ClockRow[] {
  const d = ticketDeadlines;
  const rows = db
    .select({
      milestone: d.milestone,
      postId: tickets.postId,
      type: tickets.type,
      due: count(),
      completed: sql<number>`sum(${d.metAt} is not null)`,
      onTime: sql<number>`sum(${d.metAt} <= ${d.dueAt})`,
      overdue: sql<number>`sum(${d.metAt} is null and ${d.pausedAt} is null and ${d.dueAt} < ${now.getTime()})`,
    })
    .from(d)
    .innerJoin(tickets, eq(tickets.id, d.ticketId))
    .where(
      and(
        inArray(d.milestone, [...kpiMilestones]),
        gte(d.dueAt, range.from),
        lt(d.dueAt, range.to),
        notInArray(tickets.status, excluded),
        postFilter(range),
      ),
    )
    .groupBy(d.milestone, tickets.postId, tickets.type)
    .all();
  return rows.map((r) => ({
    milestone: r.milestone as KpiMilestone,
    postId: r.postId,
    type: r.type,
    due: r.due,
    completed: n(r.completed),
    onTime: n(r.onTime),
    overdue: n(r.overdue),
  }));
}

/** Tickets created in the period per post and type (withdrawn ones included: they were asked for). */
export function openedCounts(db: DbOrTx, range: KpiRange): GroupCount[] {
  return db
    .select({ postId: tickets.postId, type: tickets.type, count: count() })
    .from(tickets)
    .where(and(gte(tickets.createdAt, range.from), lt(tickets.createdAt, range.to), postFilter(range)))
    .groupBy(tickets.postId, tickets.type)
    .all();
}

/** Tickets resolved in the period (and not reopened since) per post and type. */
export function resolvedCounts(db: DbOrTx, range: KpiRange): GroupCount[] {
  return db
    .select({ postId: tickets.postId, type: tickets.type, count: count() })
    .from(tickets)
    .where(and(gte(tickets.resolvedAt, range.from), lt(tickets.resolvedAt, range.to), postFilter(range)))
    .groupBy(tickets.postId, tickets.type)
    .all();
}

/** Ratings given (or last changed) in the period, per post, type and score. */
export function ratingCounts(db: DbOrTx, range: KpiRange): ScoreCount[] {
  return db
    .select({ postId: tickets.postId, type: tickets.type, score: ratings.score, count: count() })
    .from(ratings)
    .innerJoin(tickets, eq(tickets.id, ratings.ticketId))
    .where(and(gte(ratings.updatedAt, range.from), lt(ratings.updatedAt, range.to), postFilter(range)))
    .groupBy(tickets.postId, tickets.type, ratings.score)
    .all();
}

export interface LowRating {
  number: string;
  summary: string;
  score: number;
  comment: string | null;
  postId: string;
}

/** Ratings of `maxScore` or less given in the period, lowest first, at most `limit`. */
export function lowRatings(db: DbOrTx, range: KpiRange, maxScore: number, limit: number): LowRating[] {
  return db
    .select({
      number: tickets.number,
      summary: tickets.summary,
      score: ratings.score,
      comment: ratings.comment,
      postId: tickets.postId,
    })
    .from(ratings)
    .innerJoin(tickets, eq(tickets.id, ratings.ticketId))
    .where(
      and(
        gte(ratings.updatedAt, range.from),
        lt(ratings.updatedAt, range.to),
        lte(ratings.score, maxScore),
        postFilter(range),
      ),
    )
    .orderBy(asc(ratings.score), desc(ratings.updatedAt))
    .limit(limit)
    .all();
}

function complaintCondition(rules: readonly ComplaintRule[]): SQL | undefined {
  return or(
    ...rules.map((r) =>
      r.field === undefined
        ? eq(tickets.type, r.type)
        : and(eq(tickets.type, r.type), sql`json_extract(${tickets.fields}, ${`$.${r.field}`}) = ${r.value}`),
    ),
  );
}

/** Complaints created in the period (withdrawn ones out) and how many were marked as operator error. */
export function complaintCounts(
  db: DbOrTx,
  range: KpiRange,
  rules: readonly ComplaintRule[],
): Array<KpiRows["complaints"][number]> {
  const isComplaint = complaintCondition(rules);
  if (!isComplaint) return [];
  return db
    .select({
      postId: tickets.postId,
      type: tickets.type,
      complaints: count(),
      operatorErrors: sql<number>`sum(${tickets.operatorError})`,
    })
    .from(tickets)
    .where(
      and(
        isComplaint,
        gte(tickets.createdAt, range.from),
        lt(tickets.createdAt, range.to),
        notInArray(tickets.status, ["cancelled"]),
        postFilter(range),
      ),
    )
    .groupBy(tickets.postId, tickets.type)
    .all()
    .map((r) => ({ ...r, operatorErrors: n(r.operatorErrors) }));
}

/** Room bookings that take place in the period (approved or used). */
export function bookingCount(db: DbOrTx, range: KpiRange): number {
  const query = db
    .select({ count: count() })
    .from(bookings)
    .where(
      and(
        inArray(bookings.status, ["approved", "checked_in"]),
        gte(bookings.startAt, range.from),
        lt(bookings.startAt, range.to),
        range.postIds
          ? sql`exists (select 1 from ${tickets} where ${tickets.id} = ${bookings.ticketId} and ${postFilter(range)})`
          : undefined,
      ),
    );
  return query.get()?.count ?? 0;
}

export interface OverdueTicket {
  number: string;
  summary: string;
  type: string;
  postId: string;
  milestone: KpiMilestone;
  dueAt: Date;
}

/**
 * Open tickets with a clock past its deadline at `now` (not paused), the most overdue first, at most `limit`,
 * and how many there are in all.
 */
export function overdueTickets(
  db: DbOrTx,
  now: Date,
  postIds: readonly string[] | undefined,
  limit: number,
): { tickets: OverdueTicket[]; total: number } {
  const d = ticketDeadlines;
  // Withdrawing, refusing and referring meet every clock of a ticket, so an unmet clock is never theirs: the
  // whole office's count reads the partial index of open clocks alone.
  const where = and(
    isNull(d.metAt),
    isNull(d.pausedAt),
    lt(d.dueAt, now),
    // `+`: read the unmet clocks and look their tickets up, not every ticket the posts ever had.
    postIds ? inArray(sql`+${tickets.postId}`, [...postIds]) : undefined,
  );
  // Read in deadline order through the partial index of open clocks; a ticket with two late clocks shows once.
  const rows = db
    .select({
      id: tickets.id,
      number: tickets.number,
      summary: tickets.summary,
      type: tickets.type,
      postId: tickets.postId,
      milestone: d.milestone,
      dueAt: d.dueAt,
    })
    .from(d)
    .innerJoin(tickets, eq(tickets.id, d.ticketId))
    .where(where)
    .orderBy(asc(d.dueAt))
    .limit(limit * kpiMilestones.length)
    .all();
  const seen = new Set<number>();
  const first = rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, limit);
  const total = postIds
    ? db
        .select({ count: sql<number>`count(distinct ${d.ticketId})` })
        .from(d)
        .innerJoin(tickets, eq(tickets.id, d.ticketId))
        .where(where)
        .get()
    : db
        .select({ count: sql<number>`count(distinct ${d.ticketId})` })
        .from(d)
        .where(where)
        .get();
  return {
    tickets: first.map(({ id: _, ...r }) => ({ ...r, milestone: r.milestone as KpiMilestone })),
    total: n(total?.count),
  };
}

export type CauseAnalysis = typeof kpiCauseAnalyses.$inferSelect;

/** Local dates of a period, both ends included. */
export interface PeriodDates {
  from: string;
  to: string;
}

/** Notes that a period's on-time rate fell below 85 % (once per period; a later look updates the rate). */
export function flagPeriod(db: DbOrTx, period: PeriodDates, onTimeRate: number, now: Date): void {
  db.insert(kpiCauseAnalyses)
    .values({ fromDate: period.from, toDate: period.to, onTimeRate, flaggedAt: now })
    .onConflictDoUpdate({
      target: [kpiCauseAnalyses.fromDate, kpiCauseAnalyses.toDate],
      set: { onTimeRate },
    })
    .run();
}

export function recordCause(
  db: DbOrTx,
  period: PeriodDates,
  cause: string,
  personId: number,
  now: Date,
): void {
  db.update(kpiCauseAnalyses)
    .set({ cause, recordedById: personId, recordedAt: now })
    .where(and(eq(kpiCauseAnalyses.fromDate, period.from), eq(kpiCauseAnalyses.toDate, period.to)))
    .run();
}

export function causeAnalysisOf(db: DbOrTx, period: PeriodDates): CauseAnalysis | undefined {
  return db
    .select()
    .from(kpiCauseAnalyses)
    .where(and(eq(kpiCauseAnalyses.fromDate, period.from), eq(kpiCauseAnalyses.toDate, period.to)))
    .get();
}

/** The most recently flagged period still waiting for its cause analysis, else the most recently flagged one. */
export function latestFlaggedPeriod(db: DbOrTx): CauseAnalysis | undefined {
  return db
    .select()
    .from(kpiCauseAnalyses)
    .orderBy(
      sql`${kpiCauseAnalyses.cause} is null desc`,
      desc(kpiCauseAnalyses.flaggedAt),
      desc(kpiCauseAnalyses.id),
    )
    .limit(1)
    .get();
}

/** The tallies' bucket: 8 hours (see `src/db/tables/supervision.ts`). */
const bucketMs = 8 * 3_600_000;

interface BucketRange {
  /** First whole bucket (`ms / bucketMs`), inclusive. */
  from: number;
  /** Last whole bucket, exclusive. */
  to: number;
  postIds?: readonly string[] | undefined;
}

function tallyPosts(
  column: typeof kpiClockBuckets.postId | typeof kpiTicketBuckets.postId | typeof kpiRatingBuckets.postId,
  range: BucketRange,
): SQL | undefined {
  return range.postIds ? inArray(column, [...range.postIds]) : undefined;
}

/** The clock tallies of whole buckets; a clock pending in a bucket wholly before `nowBucket`'s is overdue. */
function talliedClocks(db: DbOrTx, range: BucketRange, nowBucket: number): ClockRow[] {
  const c = kpiClockBuckets;
  return db
    .select({
      milestone: c.milestone,
      postId: c.postId,
      type: c.type,
      due: sql<number>`sum(${c.due})`,
      completed: sql<number>`sum(${c.completed})`,
      onTime: sql<number>`sum(${c.onTime})`,
      overdue: sql<number>`sum(case when ${c.bucket} < ${nowBucket} then ${c.pending} else 0 end)`,
    })
    .from(c)
    .where(
      and(
        gte(c.bucket, range.from),
        lt(c.bucket, range.to),
        sql`${c.bucket} <> ${nowBucket}`,
        tallyPosts(c.postId, range),
      ),
    )
    .groupBy(c.milestone, c.postId, c.type)
    .all()
    .map((r) => ({
      ...r,
      milestone: r.milestone as KpiMilestone,
      due: n(r.due),
      completed: n(r.completed),
      onTime: n(r.onTime),
      overdue: n(r.overdue),
    }));
}

function talliedTickets(db: DbOrTx, range: BucketRange, event: "opened" | "resolved"): GroupCount[] {
  const c = kpiTicketBuckets;
  return db
    .select({ postId: c.postId, type: c.type, count: sql<number>`sum(${c.n})` })
    .from(c)
    .where(
      and(eq(c.event, event), gte(c.bucket, range.from), lt(c.bucket, range.to), tallyPosts(c.postId, range)),
    )
    .groupBy(c.postId, c.type)
    .all()
    .map((r) => ({ ...r, count: n(r.count) }));
}

function talliedScores(db: DbOrTx, range: BucketRange): ScoreCount[] {
  const c = kpiRatingBuckets;
  return db
    .select({ postId: c.postId, type: c.type, score: c.score, count: sql<number>`sum(${c.n})` })
    .from(c)
    .where(and(gte(c.bucket, range.from), lt(c.bucket, range.to), tallyPosts(c.postId, range)))
    .groupBy(c.postId, c.type, c.score)
    .all()
    .map((r) => ({ ...r, count: n(r.count) }));
}

/**
 * Every count the KPIs of [from, to) need, grouped by post and type. Whole 8-hour buckets come from the
 * tallies; the parts of a bucket at either end, and the current bucket for the clocks (where "overdue" depends
 * on the minute), are counted from the tickets themselves.
 */
export function kpiRows(db: DbOrTx, range: KpiRange, now: Date, rules: readonly ComplaintRule[]): KpiRows {
  const firstBucket = Math.ceil(range.from.getTime() / bucketMs);
  const endBucket = Math.floor(range.to.getTime() / bucketMs);
  const nowBucket = Math.floor(now.getTime() / bucketMs);
  const raw: KpiRange[] = [];
  const rawClocks: KpiRange[] = [];
  const atBucket = (bucket: number) => new Date(bucket * bucketMs);
  if (firstBucket >= endBucket) raw.push(range);
  else {
    if (range.from < atBucket(firstBucket)) raw.push({ ...range, to: atBucket(firstBucket) });
    if (atBucket(endBucket) < range.to) raw.push({ ...range, from: atBucket(endBucket) });
    if (nowBucket >= firstBucket && nowBucket < endBucket)
      rawClocks.push({ ...range, from: atBucket(nowBucket), to: atBucket(nowBucket + 1) });
  }
  const tallied =
    firstBucket < endBucket ? { from: firstBucket, to: endBucket, postIds: range.postIds } : undefined;
  return {
    clocks: [
      ...(tallied ? talliedClocks(db, tallied, nowBucket) : []),
      ...[...raw, ...rawClocks].flatMap((r) => clockCounts(db, r, now)),
    ],
    opened: [
      ...(tallied ? talliedTickets(db, tallied, "opened") : []),
      ...raw.flatMap((r) => openedCounts(db, r)),
    ],
    resolved: [
      ...(tallied ? talliedTickets(db, tallied, "resolved") : []),
      ...raw.flatMap((r) => resolvedCounts(db, r)),
    ],
    scores: [...(tallied ? talliedScores(db, tallied) : []), ...raw.flatMap((r) => ratingCounts(db, r))],
    complaints: complaintCounts(db, range, rules),
  };
}

/** The same counts from the tickets themselves, without the tallies (to check them, and for tests). */
export function kpiRowsUntallied(
  db: DbOrTx,
  range: KpiRange,
  now: Date,
  rules: readonly ComplaintRule[],
): KpiRows {
  return {
    clocks: clockCounts(db, range, now),
    opened: openedCounts(db, range),
    resolved: resolvedCounts(db, range),
    scores: ratingCounts(db, range),
    complaints: complaintCounts(db, range, rules),
  };
}
