import { and, count, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { people, ticketDeadlines, ticketSubscribers } from "../schema.js";
import type { Person } from "./people.js";

/** Adds a follower; false when they already follow it. */
export function subscribe(
  db: DbOrTx,
  ticketId: number,
  personId: number,
  via: "follow" | "merge",
  now: Date,
): boolean {
  return (
    db.insert(ticketSubscribers).values({ ticketId, personId, via, since: now }).onConflictDoNothing().run()
      .changes > 0
  );
}

export function subscribersOf(db: DbOrTx, ticketId: number): Person[] {
  return db
    .select({ person: people })
    .from(ticketSubscribers)
    .innerJoin(people, eq(people.id, ticketSubscribers.personId))
    .where(eq(ticketSubscribers.ticketId, ticketId))
    .all()
    .map((r) => r.person);
}

export function isSubscribed(db: DbOrTx, ticketId: number, personId: number): boolean {
  return (
    db
      .select()
      .from(ticketSubscribers)
      .where(and(eq(ticketSubscribers.ticketId, ticketId), eq(ticketSubscribers.personId, personId)))
      .get() !== undefined
  );
}

/** How many people follow each ticket ("另有 N 人反映"); tickets nobody follows are absent. */
export function subscriberCounts(db: DbOrTx, ticketIds: readonly number[]): Map<number, number> {
  if (ticketIds.length === 0) return new Map();
  const rows = db
    .select({ ticketId: ticketSubscribers.ticketId, n: count() })
    .from(ticketSubscribers)
    .where(inArray(ticketSubscribers.ticketId, [...ticketIds]))
    .groupBy(ticketSubscribers.ticketId)
    .all();
  return new Map(rows.map((r) => [r.ticketId, r.n]));
}

/** Moves every follower of one ticket to another (a merge); those already following it stay once. */
export function moveSubscribers(db: DbOrTx, fromId: number, toId: number, now: Date): void {
  for (const s of db.select().from(ticketSubscribers).where(eq(ticketSubscribers.ticketId, fromId)).all())
    subscribe(db, toId, s.personId, "merge", now);
  db.delete(ticketSubscribers).where(eq(ticketSubscribers.ticketId, fromId)).run();
}

/** A merged ticket's clocks stop without counting as met or missed (its work goes on in the other ticket). */
export function dropUnmetDeadlines(db: DbOrTx, ticketId: number): void {
  db.delete(ticketDeadlines)
    .where(and(eq(ticketDeadlines.ticketId, ticketId), isNull(ticketDeadlines.metAt)))
    .run();
}
