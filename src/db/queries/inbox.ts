import { asc, eq, sql } from "drizzle-orm";
import type { StoredReceived } from "../../core/received.js";
import type { DbOrTx } from "../database.js";
import { inbox } from "../schema.js";

export type InboxRow = typeof inbox.$inferSelect;

/** Stores a message; undefined when this delivery (channel and event id) is already waiting. */
export function insertInbox(
  db: DbOrTx,
  row: { channel: string; eventId: string; content: StoredReceived; receivedAt: Date },
): number | undefined {
  return db.insert(inbox).values(row).onConflictDoNothing().returning({ id: inbox.id }).get()?.id;
}

/** Removes a message once its turn has answered it (inside that turn's transaction). */
export function removeFromInbox(db: DbOrTx, id: number): void {
  db.delete(inbox).where(eq(inbox.id, id)).run();
}

/** Everything waiting, in the order it arrived, each counted as found by one more start. */
export function recoverInbox(db: DbOrTx): InboxRow[] {
  db.update(inbox)
    .set({ recoveries: sql`${inbox.recoveries} + 1` })
    .run();
  return db.select().from(inbox).orderBy(asc(inbox.id)).all();
}
