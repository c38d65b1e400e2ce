import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { TicketStatus } from "../../domain/ticket-status.js";
import type { DbOrTx } from "../database.js";
import { ticketCounters, ticketDeadlines, ticketEvents, tickets } from "../schema.js";

export type Ticket = typeof tickets.$inferSelect;
export type TicketDeadline = typeof ticketDeadlines.$inferSelect;
export type TicketEvent = typeof ticketEvents.$inferSelect;

/** Next number in the day's sequence; inside a write transaction this is safe against concurrent creation. */
export function nextSequence(db: DbOrTx, localDay: string): number {
  return db
    .insert(ticketCounters)
    .values({ day: localDay, lastSeq: 1 })
    .onConflictDoUpdate({ target: ticketCounters.day, set: { lastSeq: sql`${ticketCounters.lastSeq} + 1` } })
    .returning({ seq: ticketCounters.lastSeq })
    .get().seq;
}

export function getTicketByNumber(db: DbOrTx, number: string): Ticket | undefined {
  return db.select().from(tickets).where(eq(tickets.number, number)).get();
}

export function getTicket(db: DbOrTx, id: number): Ticket | undefined {
  return db.select().from(tickets).where(eq(tickets.id, id)).get();
}

export function ticketsOfRequester(db: DbOrTx, requesterId: number, limit = 20): Ticket[] {
  return db
    .select()
    .from(tickets)
    .where(eq(tickets.requesterId, requesterId))
    .orderBy(desc(tickets.createdAt))
    .limit(limit)
    .all();
}

export function openTicketsOfPosts(
  db: DbOrTx,
  postIds: readonly string[],
  statuses: readonly TicketStatus[],
): Ticket[] {
  if (postIds.length === 0) return [];
  return db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.postId, [...postIds]), inArray(tickets.status, [...statuses])))
    .orderBy(asc(tickets.createdAt))
    .all();
}

export function deadlinesOf(db: DbOrTx, ticketId: number): TicketDeadline[] {
  return db
    .select()
    .from(ticketDeadlines)
    .where(eq(ticketDeadlines.ticketId, ticketId))
    .orderBy(asc(ticketDeadlines.dueAt))
    .all();
}

export function unmetDeadlines(db: DbOrTx, ticketIds: readonly number[]): TicketDeadline[] {
  if (ticketIds.length === 0) return [];
  return db
    .select()
    .from(ticketDeadlines)
    .where(and(inArray(ticketDeadlines.ticketId, [...ticketIds]), isNull(ticketDeadlines.metAt)))
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

export function insertTicket(db: DbOrTx, ticket: NewTicket): Ticket {
  return db.insert(tickets).values(ticket).returning().get();
}

export function updateTicket(db: DbOrTx, id: number, patch: Partial<NewTicket>): Ticket {
  return db.update(tickets).set(patch).where(eq(tickets.id, id)).returning().get();
}

/** Appends to a ticket's audit trail; returns the event's id. */
export function recordEvent(db: DbOrTx, event: NewTicketEvent): number {
  return db.insert(ticketEvents).values(event).returning({ id: ticketEvents.id }).get().id;
}

export function insertDeadline(
  db: DbOrTx,
  ticketId: number,
  milestone: TicketDeadline["milestone"],
  plan: DeadlinePlan,
): TicketDeadline {
  return db
    .insert(ticketDeadlines)
    .values({ ticketId, milestone, ...plan })
    .returning()
    .get();
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
