import { asc, eq, sql } from "drizzle-orm";
import type { StoredReceived } from "../../core/received.js";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { inbox } from "../schema.js";

export type InboxRow = typeof inbox.$inferSelect;

const insertRow = (db: DbOrTx) =>
  db
    .insert(inbox)
    .values({
      channel: sql.placeholder("channel"),
      eventId: sql.placeholder("eventId"),
      content: sql.placeholder("content"),
      receivedAt: sql.placeholder("receivedAt"),
    })
    .onConflictDoNothing()
    .returning({ id: inbox.id })
    .prepare();

/** Stores a message; undefined when this delivery (channel and event id) is already waiting. */
export function insertInbox(
  db: DbOrTx,
  row: { channel: string; eventId: string; content: StoredReceived; receivedAt: Date },
): number | undefined {
  return preparedQuery(db, insertRow).get(row)?.id;
}

/** Removes a message once its turn has answered it (inside that turn's transaction). */
const removeById = (db: DbOrTx) =>
  db
    .delete(inbox)
    .where(eq(inbox.id, sql.placeholder("id")))
    .prepare();

export function removeFromInbox(db: DbOrTx, id: number): void {
  preparedQuery(db, removeById).run({ id });
}

/** Everything waiting, in the order it arrived, each counted as found by one more start. */
export function recoverInbox(db: DbOrTx): InboxRow[] {
  db.update(inbox)
    .set({ recoveries: sql`${inbox.recoveries} + 1` })
    .run();
  return db.select().from(inbox).orderBy(asc(inbox.id)).all();
}
