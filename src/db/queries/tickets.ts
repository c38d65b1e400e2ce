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
