import { sql } from "drizzle-orm";
import { integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { people } from "../schema.js";

/**
 * G16: a period whose on-time rate fell below 85 %, and the office head's cause analysis once recorded. One row
 * per period (local dates, both ends included); recording again replaces the text.
 */
export const kpiCauseAnalyses = sqliteTable(
  "kpi_cause_analyses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromDate: text("from_date").notNull(),
    toDate: text("to_date").notNull(),
    /** The on-time rate (percent) when the period was flagged. */
    onTimeRate: real("on_time_rate").notNull(),
    flaggedAt: integer("flagged_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    cause: text("cause"),
    recordedById: integer("recorded_by_id").references(() => people.id),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("kpi_cause_analyses_period").on(t.fromDate, t.toDate)],
);

/**
 * KPI tallies per 8-hour bucket of due time: SQLite triggers (migration `kpi-tally-triggers`) keep them equal to
 * the sums over `ticket_deadlines` joined to `tickets`, so a month's KPIs add up a few hundred rows instead of
 * every clock of the month. Withdrawn, refused and referred tickets are left out, as in `src/domain/kpi.ts`.
 * `bucket` is `due_at / 28 800 000` (8 UTC hours: local midnight is a bucket edge in UTC+8, UTC and every zone
 * a multiple of 8 hours away; elsewhere the partial buckets at a period's ends are counted from the tickets).
 * `pending` counts clocks not met and not paused.
 */
export const kpiClockBuckets = sqliteTable(
  "kpi_clock_buckets",
  {
    bucket: integer("bucket").notNull(),
    milestone: text("milestone").notNull(),
    postId: text("post_id").notNull(),
    type: text("type").notNull(),
    due: integer("due").notNull(),
    completed: integer("completed").notNull(),
    onTime: integer("on_time").notNull(),
    pending: integer("pending").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.milestone, t.postId, t.type] })],
);

/** Tickets opened (by `created_at`) and resolved (by `resolved_at`) per bucket, post and type; kept by triggers. */
export const kpiTicketBuckets = sqliteTable(
  "kpi_ticket_buckets",
  {
    bucket: integer("bucket").notNull(),
    event: text("event", { enum: ["opened", "resolved"] }).notNull(),
    postId: text("post_id").notNull(),
    type: text("type").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.event, t.postId, t.type] })],
);

/** Ratings per bucket of `updated_at`, post, type and score; kept by triggers. */
export const kpiRatingBuckets = sqliteTable(
  "kpi_rating_buckets",
  {
    bucket: integer("bucket").notNull(),
    postId: text("post_id").notNull(),
    type: text("type").notNull(),
    score: integer("score").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.postId, t.type, t.score] })],
);
