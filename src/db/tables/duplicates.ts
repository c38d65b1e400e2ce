import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people, tickets } from "../schema.js";

/**
 * People who follow a ticket they did not file: a teacher who reported the same problem ("关注那张工单"), or
 * the requester of a ticket merged into it. They get its status updates; clerks see "另有 N 人反映".
 */
export const ticketSubscribers = sqliteTable(
  "ticket_subscribers",
  {
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    via: text("via", { enum: ["follow", "merge"] }).notNull(),
    since: integer("since", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.personId] }),
    index("ticket_subscribers_person").on(t.personId),
  ],
);
