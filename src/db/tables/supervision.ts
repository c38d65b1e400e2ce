import { sql } from "drizzle-orm";
import { integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
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
