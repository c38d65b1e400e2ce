import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { people, tickets } from "../schema.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

export const noticeStages = ["review", "sign-off", "publishing", "published", "returned"] as const;

/**
 * A notice request's way to publication (G4): the office head's review, a major notice's sign-off by the
 * supervising leader, then each chosen channel marked published by the notices desk.
 */
export const notices = sqliteTable(
  "notices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    major: integer("major", { mode: "boolean" }).notNull(),
    stage: text("stage", { enum: noticeStages }).notNull(),
    /** Channel ids ("bulletin", "screen", "wechat-account") in the order offered. */
    channels: text("channels", { mode: "json" }).$type<string[]>().notNull(),
    /** Channel id → when the desk marked it published (UTC ms). */
    published: text("published", { mode: "json" }).$type<Record<string, number>>().notNull(),
    /** Who is asked now: the office head (review) or the leader (sign-off). */
    reviewerId: integer("reviewer_id").references(() => people.id),
    /** When the current review step began; a reminder goes out one working day later. */
    stageSince: instant("stage_since").notNull(),
    remindedAt: instant("reminded_at"),
    approvedById: integer("approved_by_id").references(() => people.id),
    approvedAt: instant("approved_at"),
    signedOffById: integer("signed_off_by_id").references(() => people.id),
    signedOffAt: instant("signed_off_at"),
    publishedAt: instant("published_at"),
    createdAt: instant("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex("notices_ticket").on(t.ticketId), index("notices_stage").on(t.stage, t.stageSince)],
);
