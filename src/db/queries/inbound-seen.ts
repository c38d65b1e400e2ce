import { and, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { inboundSeen } from "../schema.js";

/** Records a delivery; false when the channel already delivered this event (a retry or a double submit). */
const insertSeen = (db: DbOrTx) =>
  db
    .insert(inboundSeen)
    .values({
      channel: sql.placeholder("channel"),
      eventId: sql.placeholder("eventId"),
      seenAt: sql.placeholder("now"),
    })
    .onConflictDoNothing()
    .prepare();

export function markSeen(db: DbOrTx, channel: string, eventId: string, now: Date): boolean {
  return preparedQuery(db, insertSeen).run({ channel, eventId, now }).changes > 0;
}

const seenByKey = (db: DbOrTx) =>
  db
    .select({ channel: inboundSeen.channel })
    .from(inboundSeen)
    .where(
      and(
        eq(inboundSeen.channel, sql.placeholder("channel")),
        eq(inboundSeen.eventId, sql.placeholder("eventId")),
      ),
    )
    .prepare();

export function wasSeen(db: DbOrTx, channel: string, eventId: string): boolean {
  return preparedQuery(db, seenByKey).get({ channel, eventId }) !== undefined;
}

/** Forgets the delivery ids seen before `before` (no channel retries that late); returns how many went. */
export function pruneInboundSeen(db: DbOrTx, before: Date): number {
  return db.delete(inboundSeen).where(lt(inboundSeen.seenAt, before)).run().changes;
}
