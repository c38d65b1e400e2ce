import { and, asc, count, desc, eq, inArray, isNull, like, sql } from "drizzle-orm";
import { priorityRank } from "../../domain/ticket-queue.js";
import type { TicketStatus } from "../../domain/ticket-status.js";
import type { DbOrTx } from "../database.js";
import { columnPlaceholders, preparedQuery, rowFor } from "../prepared-queries.js";
import { ticketCounters, ticketDeadlines, ticketEvents, tickets } from "../schema.js";

export type Ticket = typeof tickets.$inferSelect;
export type TicketDeadline = typeof ticketDeadlines.$inferSelect;
export type TicketEvent = typeof ticketEvents.$inferSelect;

/** Next number in the day's sequence; inside a write transaction this is safe against concurrent creation. */
const bumpSequence = (db: DbOrTx) =>
  db
    .insert(ticketCounters)
    .values({ day: sql.placeholder("day"), lastSeq: 1 })
    .onConflictDoUpdate({ target: ticketCounters.day, set: { lastSeq: sql`${ticketCounters.lastSeq} + 1` } })
    .returning({ seq: ticketCounters.lastSeq })
    .prepare();

export function nextSequence(db: DbOrTx, localDay: string): number {
  const bumped = preparedQuery(db, bumpSequence).get({ day: localDay });
  if (!bumped) throw new Error(`ticket counter for ${localDay} returned no row`);
  return bumped.seq;
}

export function getTicketByNumber(db: DbOrTx, number: string): Ticket | undefined {
  return db.select().from(tickets).where(eq(tickets.number, number)).get();
}

export function getTicket(db: DbOrTx, id: number): Ticket | undefined {
  return db.select().from(tickets).where(eq(tickets.id, id)).get();
}

const requesterPage = (db: DbOrTx) =>
  db
    .select()
    .from(tickets)
    .where(eq(tickets.requesterId, sql.placeholder("requesterId")))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare();

export function ticketsOfRequester(db: DbOrTx, requesterId: number, limit = 20, offset = 0): Ticket[] {
  return preparedQuery(db, requesterPage).all({ requesterId, limit, offset });
}

const requesterCount = (db: DbOrTx) =>
  db
    .select({ n: count() })
    .from(tickets)
    .where(eq(tickets.requesterId, sql.placeholder("requesterId")))
    .prepare();

export function countTicketsOfRequester(db: DbOrTx, requesterId: number): number {
  return preparedQuery(db, requesterCount).get({ requesterId })!.n;
}

/** A ticket with its earliest deadline not yet met (null when every clock is met or it has none). */
export type QueuedTicket = Ticket & { nextDueAt: Date | null };

/** The earliest unmet deadline of the ticket in the outer query, read through `ticket_deadlines_ticket_milestone`. */
const nextDueAt = sql<number | null>`(select min(${ticketDeadlines.dueAt}) from ${ticketDeadlines}
  where ${ticketDeadlines.ticketId} = ${tickets.id} and ${ticketDeadlines.metAt} is null)`;

const queueRank = sql.join(
  [
    sql`case ${tickets.priority}`,
    ...Object.entries(priorityRank).map(
      ([priority, rank]) => sql`when ${priority} then ${sql.raw(String(rank))}`,
    ),
    sql`end`,
  ],
  sql` `,
);

export interface QueuePage {
  postIds: readonly string[];
  statuses: readonly TicketStatus[];
  limit: number;
  offset?: number;
  /** Put tickets past their deadline at `now` (and not waiting on the requester) before the rest. */
  overdueFirstAt?: Date;
  /** Only numbers ending "-<suffix>" (a clerk's shortened "接单 001"). */
  numberSuffix?: string;
}

/**
 * One page of the posts' tickets in queue order (G13: urgent, important, then the earlier deadline, then first
 * come), ordered and cut in SQL so the cost and the reply follow the page, not the queue's length.
 */
export function queuePage(db: DbOrTx, page: QueuePage): QueuedTicket[] {
  if (page.postIds.length === 0) return [];
  const rows = queuePageQuery(db, page).all();
  return rows.map((r) => ({ ...r.ticket, nextDueAt: r.nextDue === null ? null : new Date(r.nextDue) }));
}

/**
 * The query behind `queuePage` (its plan is tested). The inner query ranks the posts' open tickets from the
 * queue index and each one's next deadline alone and keeps the page; only the page's rows are then read whole,
 * instead of sorting every open ticket with all its columns.
 */
export function queuePageQuery(db: DbOrTx, page: QueuePage) {
  const lateFirst = page.overdueFirstAt
    ? sql<number>`case when ${tickets.status} <> 'waiting' and ${nextDueAt} <= ${page.overdueFirstAt.getTime()} then 0 else 1 end`
    : sql<number>`0`;
  const ranked = db
    .select({
      id: tickets.id,
      createdAt: tickets.createdAt,
      nextDue: sql<number | null>`${nextDueAt}`.as("next_due"),
      late: lateFirst.as("late"),
      rank: queueRank.as("queue_rank"),
    })
    .from(tickets)
    .where(
      and(
        inArray(tickets.postId, [...page.postIds]),
        inArray(tickets.status, [...page.statuses]),
        page.numberSuffix ? like(tickets.number, `%-${page.numberSuffix}`) : undefined,
      ),
    )
    .orderBy(
      sql`late`,
      sql`queue_rank`,
      sql`next_due is null`,
      sql`next_due`,
      asc(tickets.createdAt),
      asc(tickets.id),
    )
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .as("page");
  return db
    .select({ ticket: tickets, nextDue: ranked.nextDue })
    .from(ranked)
    .innerJoin(tickets, eq(tickets.id, ranked.id))
    .orderBy(
      sql`${ranked.late}`,
      sql`${ranked.rank}`,
      sql`${ranked.nextDue} is null`,
      sql`${ranked.nextDue}`,
      ranked.createdAt,
      ranked.id,
    );
}

export interface QueueCount {
  total: number;
  /** Of those, past a running deadline at `now` and not waiting on the requester. */
  overdue: number;
}

/** How many of the posts' tickets have these statuses, counted in the queue index alone. */
export function queueTotal(
  db: DbOrTx,
  postIds: readonly string[],
  statuses: readonly TicketStatus[],
): number {
  if (postIds.length === 0) return 0;
  return db
    .select({ total: count() })
    .from(tickets)
    .where(and(inArray(tickets.postId, [...postIds]), inArray(tickets.status, [...statuses])))
    .get()!.total;
}

/** The total and, through each ticket's next deadline, how many are overdue at `now` (the morning digest). */
export function countQueue(
  db: DbOrTx,
  postIds: readonly string[],
  statuses: readonly TicketStatus[],
  now: Date,
): QueueCount {
  if (postIds.length === 0) return { total: 0, overdue: 0 };
  const row = db
    .select({
      total: count(),
      overdue: sql<number>`coalesce(sum(case when ${tickets.status} <> 'waiting' and ${nextDueAt} <= ${now.getTime()} then 1 else 0 end), 0)`,
    })
    .from(tickets)
    .where(and(inArray(tickets.postId, [...postIds]), inArray(tickets.status, [...statuses])))
    .get()!;
  return { total: row.total, overdue: Number(row.overdue) };
}

export function deadlinesOf(db: DbOrTx, ticketId: number): TicketDeadline[] {
  return db
    .select()
    .from(ticketDeadlines)
    .where(eq(ticketDeadlines.ticketId, ticketId))
    .orderBy(asc(ticketDeadlines.dueAt))
    .all();
}

export function unmetDeadlinesOf(db: DbOrTx, ticketId: number): TicketDeadline[] {
  return db
    .select()
    .from(ticketDeadlines)
    .where(and(eq(ticketDeadlines.ticketId, ticketId), isNull(ticketDeadlines.metAt)))
    .all();
}

export function eventsOf(db: DbOrTx, ticketId: number): TicketEvent[] {
  return db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.id))
    .all();
}

export function ticketsOfTypes(
  db: DbOrTx,
  types: readonly string[],
  statuses: readonly TicketStatus[],
): Ticket[] {
  if (types.length === 0) return [];
  return db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.type, [...types]), inArray(tickets.status, [...statuses])))
    .all();
}

export function markOperatorError(db: DbOrTx, ticketId: number, now: Date): void {
  db.update(tickets).set({ operatorError: true, updatedAt: now }).where(eq(tickets.id, ticketId)).run();
}

export type NewTicket = typeof tickets.$inferInsert;
export type NewTicketEvent = typeof ticketEvents.$inferInsert;
export type DeadlinePlan = Omit<typeof ticketDeadlines.$inferInsert, "ticketId" | "milestone">;

const insertTicketRow = (db: DbOrTx) =>
  db.insert(tickets).values(columnPlaceholders(tickets)).returning().prepare();

export function insertTicket(db: DbOrTx, ticket: Omit<NewTicket, "id">): Ticket {
  const defaults = {
    assigneeId: null,
    priority: "normal",
    status: "new",
    createdAt: new Date(),
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    pausedAt: null,
    statusBeforeWait: null,
    operatorError: false,
    problemPlaceReversed: null,
  };
  return preparedQuery(db, insertTicketRow).get(rowFor(tickets, defaults, ticket))!;
}

export function updateTicket(db: DbOrTx, id: number, patch: Partial<NewTicket>): Ticket {
  return db.update(tickets).set(patch).where(eq(tickets.id, id)).returning().get();
}

const insertEvent = (db: DbOrTx) =>
  db
    .insert(ticketEvents)
    .values(columnPlaceholders(ticketEvents))
    .returning({ id: ticketEvents.id })
    .prepare();

/** Appends to a ticket's audit trail; returns the event's id. */
export function recordEvent(db: DbOrTx, event: Omit<NewTicketEvent, "id">): number {
  const defaults = { actorId: null, fromStatus: null, note: null, data: null };
  return preparedQuery(db, insertEvent).get(rowFor(ticketEvents, defaults, event))!.id;
}

const insertDeadlineRow = (db: DbOrTx) =>
  db.insert(ticketDeadlines).values(columnPlaceholders(ticketDeadlines)).returning().prepare();

export function insertDeadline(
  db: DbOrTx,
  ticketId: number,
  milestone: TicketDeadline["milestone"],
  plan: DeadlinePlan,
): TicketDeadline {
  const defaults = { metAt: null, pausedAt: null, alertLevel: 0, nextAlertAt: null };
  return preparedQuery(db, insertDeadlineRow).get(
    rowFor(ticketDeadlines, defaults, { ticketId, milestone, ...plan }),
  )!;
}

/** Starts a milestone's clock again (a reopened ticket's resolution). */
export function restartDeadline(
  db: DbOrTx,
  ticketId: number,
  milestone: TicketDeadline["milestone"],
  plan: DeadlinePlan,
): void {
  db.insert(ticketDeadlines)
    .values({ ticketId, milestone, ...plan })
    .onConflictDoUpdate({
      target: [ticketDeadlines.ticketId, ticketDeadlines.milestone],
      set: { ...plan, metAt: null, pausedAt: null, alertLevel: 0 },
    })
    .run();
}

export function updateDeadline(db: DbOrTx, id: number, patch: Partial<DeadlinePlan>): void {
  db.update(ticketDeadlines).set(patch).where(eq(ticketDeadlines.id, id)).run();
}

export function pauseDeadlines(db: DbOrTx, ticketId: number, now: Date): void {
  db.update(ticketDeadlines)
    .set({ pausedAt: now })
    .where(and(eq(ticketDeadlines.ticketId, ticketId), isNull(ticketDeadlines.metAt)))
    .run();
}
