import { and, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { inboundSeen } from "../schema.js";

/** Records a delivery; false when the channel already delivered this event (a retry or a double submit). */
export function markSeen(db: DbOrTx, channel: string, eventId: string, now: Date): boolean {
  return (
    db.insert(inboundSeen).values({ channel, eventId, seenAt: now }).onConflictDoNothing().run().changes > 0
  );
}

export function wasSeen(db: DbOrTx, channel: string, eventId: string): boolean {
  return (
    db
      .select()
      .from(inboundSeen)
      .where(and(eq(inboundSeen.channel, channel), eq(inboundSeen.eventId, eventId)))
      .get() !== undefined
  );
}

/** Forgets the delivery ids seen before `before` (no channel retries that late); returns how many went. */
export function pruneInboundSeen(db: DbOrTx, before: Date): number {
  return db.delete(inboundSeen).where(lt(inboundSeen.seenAt, before)).run().changes;
}
