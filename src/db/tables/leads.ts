import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people, tickets } from "../schema.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

/**
 * A matter that spans departments (G14): a named person from another department leads it. The lead gets
 * progress reminders until the ticket is done; their updates reach the requester.
 */
export const ticketLeads = sqliteTable(
  "ticket_leads",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    leadId: integer("lead_id")
      .notNull()
      .references(() => people.id),
    assignedById: integer("assigned_by_id")
      .notNull()
      .references(() => people.id),
    assignedAt: instant("assigned_at").notNull(),
    /** Replaced by a later lead for the same ticket; only the newest is active. */
    endedAt: instant("ended_at"),
    lastUpdateAt: instant("last_update_at"),
    lastUpdate: text("last_update"),
    /** When the next progress reminder is due. */
    nextReminderAt: instant("next_reminder_at").notNull(),
  },
  (t) => [index("ticket_leads_ticket").on(t.ticketId), index("ticket_leads_reminder").on(t.nextReminderAt)],
);
