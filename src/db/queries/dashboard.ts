import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import {
  auditItems,
  auditSamples,
  bookings,
  dashboardLinkUses,
  dashboardSecrets,
  ratings,
  rooms,
  surveyAnswers,
  surveys,
  ticketEvents,
  tickets,
} from "../schema.js";

/** Which posts' tickets a reader may see; undefined = all (the office head). */
export type PostFilter = readonly string[] | undefined;

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
 * A value that changes whenever something the dashboard shows is written: every ticket change records an
 * event, so the newest event id covers tickets; then ratings, bookings, operator errors, audit checks and
 * survey answers. Index lookups and small counts.
 */
export function changeMark(db: DbOrTx): string {
  const row = db
    .select({
      event: sql<number | null>`(select max(${ticketEvents.id}) from ${ticketEvents})`,
      rating: sql<number | null>`(select max(${ratings.updatedAt}) from ${ratings})`,
      booking: sql<number | null>`(select max(${bookings.id}) from ${bookings})`,
      errors: sql<number | null>`(select count(*) from ${tickets} where ${tickets.operatorError} = 1)`,
      audit: sql<
        number | null
      >`(select count(*) from ${auditItems} where ${auditItems.checkedAt} is not null)`,
      samples: sql<number | null>`(select max(${auditSamples.id}) from ${auditSamples})`,
      survey: sql<number | null>`(select count(*) from ${surveyAnswers})`,
      surveys: sql<number | null>`(select max(${surveys.sentAt}) from ${surveys})`,
    })
    .from(sql`(select 1)`)
    .get()!;
  return Object.values(row)
    .map((v) => v ?? 0)
    .join(":");
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
