import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "../schema.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

/**
 * First messages the intent model was unsure of (a clarifying question or the short menu), with what the
 * person then picked. Kept `UNSURE_KEEP_DAYS` days; the office head reads them (`未识别`) and adopts some.
 */
export const unsureMessages = sqliteTable(
  "unsure_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    text: text("text").notNull(),
    band: text("band", { enum: ["uncertain", "unknown"] }).notNull(),
    /** The likeliest classes with their probabilities, best first. */
    candidates: text("candidates", { mode: "json" }).$type<{ id: string; probability: number }[]>().notNull(),
    topProbability: real("top_probability").notNull(),
    /** The service (flow id or "refer:<id>") the person chose next, if they chose one. */
    picked: text("picked"),
    personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
    channel: text("channel").notNull(),
    at: instant("at").notNull(),
    /** Set once the head adopted it as an example. */
    adoptedAs: text("adopted_as"),
  },
  (t) => [index("unsure_messages_at").on(t.at)],
);

/** Examples the office head adopted from traffic (`采纳 <id> <service>`); the intent model trains on them too. */
export const learntExamples = sqliteTable("learnt_examples", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  serviceId: text("service_id").notNull(),
  text: text("text").notNull(),
  adoptedBy: integer("adopted_by").references(() => people.id, { onDelete: "set null" }),
  at: instant("at").notNull(),
  /** The unsure message it came from (its row may have been pruned since). */
  sourceId: integer("source_id"),
});
