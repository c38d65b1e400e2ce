import { and, asc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import {
  bookings,
  dashboardLinkUses,
  dashboardSecrets,
  ratings,
  rooms,
  ticketDeadlines,
  ticketEvents,
  tickets,
} from "../schema.js";

/** Which posts' tickets a reader may see; undefined = all (the office head). */
export type PostFilter = readonly string[] | undefined;

const ofPosts = (postIds: PostFilter): SQL | undefined =>
  postIds === undefined ? undefined : inArray(tickets.postId, [...postIds]);

/** The stored signing secret, made by `generate` the first time (two processes racing keep the first). */
export function storedDashboardSecret(db: DbOrTx, generate: () => string): string {
  db.insert(dashboardSecrets).values({ id: 1, secret: generate() }).onConflictDoNothing().run();
  return db.select().from(dashboardSecrets).where(eq(dashboardSecrets.id, 1)).get()!.secret;
}

/** Records a link as used; false when it had been used before. */
export function spendLink(db: DbOrTx, use: typeof dashboardLinkUses.$inferInsert): boolean {
  return db.insert(dashboardLinkUses).values(use).onConflictDoNothing().returning().all().length === 1;
}

/**
 * A value that changes whenever a ticket, a rating or a booking is written: every ticket change records an
 * event, so the newest event id covers tickets. Primary-key maxima, so it costs three index lookups.
 */
export function changeMark(db: DbOrTx): string {
  const row = db
    .select({
      event: sql<number | null>`(select max(${ticketEvents.id}) from ${ticketEvents})`,
      rating: sql<number | null>`(select max(${ratings.updatedAt}) from ${ratings})`,
      booking: sql<number | null>`(select max(${bookings.id}) from ${bookings})`,
      errors: sql<number | null>`(select count(*) from ${tickets} where ${tickets.operatorError} = 1)`,
    })
    .from(sql`(select 1)`)
    .get()!;
  return `${row.event ?? 0}:${row.rating ?? 0}:${row.booking ?? 0}:${row.errors ?? 0}`;
}

export function ticketsCreatedBetween(db: DbOrTx, from: Date, to: Date, postIds: PostFilter) {
  if (postIds?.length === 0) return [];
  return db
    .select()
    .from(tickets)
    .where(and(gte(tickets.createdAt, from), lt(tickets.createdAt, to), ofPosts(postIds)))
    .orderBy(asc(tickets.createdAt))
    .all();
}

export interface ClockRow {
  type: string;
  postId: string;
  status: (typeof tickets.$inferSelect)["status"];
  milestone: (typeof ticketDeadlines.$inferSelect)["milestone"];
  dueAt: Date;
  metAt: Date | null;
  pausedAt: Date | null;
}

/** SLA clocks (every milestone) due in [from, to), with their ticket's type, post and status. */
export function clocksDueBetween(db: DbOrTx, from: Date, to: Date, postIds: PostFilter): ClockRow[] {
  if (postIds?.length === 0) return [];
  return db
    .select({
      type: tickets.type,
      postId: tickets.postId,
      status: tickets.status,
      milestone: ticketDeadlines.milestone,
      dueAt: ticketDeadlines.dueAt,
      metAt: ticketDeadlines.metAt,
      pausedAt: ticketDeadlines.pausedAt,
    })
    .from(ticketDeadlines)
    .innerJoin(tickets, eq(tickets.id, ticketDeadlines.ticketId))
    .where(and(gte(ticketDeadlines.dueAt, from), lt(ticketDeadlines.dueAt, to), ofPosts(postIds)))
    .all();
}

/** Complaints filed in [from, to) and how many were marked as operator errors. */
export function complaintCounts(db: DbOrTx, from: Date, to: Date, postIds: PostFilter) {
  if (postIds?.length === 0) return { total: 0, errors: 0 };
  const row = db
    .select({ total: sql<number>`count(*)`, errors: sql<number>`coalesce(sum(${tickets.operatorError}), 0)` })
    .from(tickets)
    .where(
      and(
        eq(tickets.type, "complaint"),
        gte(tickets.createdAt, from),
        lt(tickets.createdAt, to),
        ofPosts(postIds),
      ),
    )
    .get()!;
  return { total: Number(row.total), errors: Number(row.errors) };
}

/** Ratings given (or last changed) in [from, to). */
export function ratingsBetween(db: DbOrTx, from: Date, to: Date, postIds: PostFilter) {
  if (postIds?.length === 0) return [];
  return db
    .select({ score: ratings.score, comment: ratings.comment, number: tickets.number })
    .from(ratings)
    .innerJoin(tickets, eq(tickets.id, ratings.ticketId))
    .where(and(gte(ratings.updatedAt, from), lt(ratings.updatedAt, to), ofPosts(postIds)))
    .all();
}

/** Bookings starting in [from, to) with their room and the post of their ticket (null without a ticket). */
export function bookingsStartingWithRooms(db: DbOrTx, from: Date, to: Date) {
  return db
    .select({
      startAt: bookings.startAt,
      endAt: bookings.endAt,
      status: bookings.status,
      purpose: bookings.purpose,
      roomName: rooms.name,
      roomNameEn: rooms.nameEn,
      postId: tickets.postId,
    })
    .from(bookings)
    .innerJoin(rooms, eq(rooms.id, bookings.roomId))
    .leftJoin(tickets, eq(tickets.id, bookings.ticketId))
    .where(and(gte(bookings.startAt, from), lt(bookings.startAt, to)))
    .orderBy(asc(bookings.startAt))
    .all();
}

/** Forgets used links that expired before `before`: an expired link is refused anyway. */
export function pruneSpentLinks(db: DbOrTx, before: Date): number {
  return db.delete(dashboardLinkUses).where(lt(dashboardLinkUses.expiresAt, before)).run().changes;
}
