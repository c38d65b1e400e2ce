import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { StoredReceived } from "../../core/received.js";

/**
 * Messages taken from a channel and not yet answered. A row is written before the channel acknowledges the
 * message and deleted in the transaction of the turn that answers it, so a crash in between leaves it here to be
 * answered at the next start. Ids give the order of arrival.
 */
export const inbox = sqliteTable(
  "inbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    channel: text("channel").notNull(),
    eventId: text("event_id").notNull(),
    content: text("content", { mode: "json" }).$type<StoredReceived>().notNull(),
    /** Starts that found the row still here; past a few, the message is given up (it keeps crashing the bot). */
    recoveries: integer("recoveries").notNull().default(0),
    receivedAt: integer("received_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex("inbox_event").on(t.channel, t.eventId)],
);
