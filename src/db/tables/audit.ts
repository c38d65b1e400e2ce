import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { people, posts, tickets } from "../schema.js";

/**
 * One monthly audit sample (G18): the month it covers ("YYYY-MM", local), the seed of the draw and the
 * population it was drawn from (ticket ids per post, ascending), so the same draw can be recomputed and shown.
 */
export const auditSamples = sqliteTable(
  "audit_samples",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    month: text("month").notNull(),
    seed: integer("seed").notNull(),
    population: text("population", { mode: "json" }).$type<Record<string, number[]>>().notNull(),
    drawnAt: integer("drawn_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("audit_samples_month").on(t.month)],
);

export const auditCheckResults = ["ok", "problem"] as const;

/** A drawn ticket and the auditor's three checks (paper register, electronic ledger, follow-up record). */
export const auditItems = sqliteTable(
  "audit_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sampleId: integer("sample_id")
      .notNull()
      .references(() => auditSamples.id, { onDelete: "cascade" }),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id),
    postId: text("post_id")
      .notNull()
      .references(() => posts.id),
    /** The clerk who handled the ticket (its assignee), whom a problem puts on the retraining list. */
    clerkId: integer("clerk_id").references(() => people.id),
    paper: text("paper", { enum: auditCheckResults }),
    ledger: text("ledger", { enum: auditCheckResults }),
    followUp: text("follow_up", { enum: auditCheckResults }),
    note: text("note"),
    checkedById: integer("checked_by_id").references(() => people.id),
    checkedAt: integer("checked_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("audit_items_sample_ticket").on(t.sampleId, t.ticketId),
    index("audit_items_clerk").on(t.clerkId),
  ],
);
