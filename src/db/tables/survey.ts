import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "../schema.js";

/** A question of a survey: a 1–5 choice (the first five by default) or an open one. */
export interface SurveyQuestion {
  kind: "scale" | "open";
  text: string;
}

export const surveyStatuses = ["draft", "sent"] as const;

/** The semester satisfaction survey (G17): its questions, while a draft the head may edit, then sent. */
export const surveys = sqliteTable(
  "surveys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "2026-autumn" or "2027-spring". */
    semester: text("semester").notNull(),
    questions: text("questions", { mode: "json" }).$type<SurveyQuestion[]>().notNull(),
    status: text("status", { enum: surveyStatuses }).notNull().default("draft"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => people.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    /** When the one reminder goes to those who have not answered. */
    remindAt: integer("remind_at", { mode: "timestamp_ms" }),
    remindedAt: integer("reminded_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("surveys_semester").on(t.semester)],
);

/** Who was asked, and only whether they answered: the answers themselves carry no person. */
export const surveyRecipients = sqliteTable(
  "survey_recipients",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    answered: integer("answered", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.personId] })],
);

/**
 * One anonymous answer sheet: no person, no time (a time could be matched with a chat log), only a random
 * sheet key that groups the answers of one questionnaire.
 */
export const surveyAnswers = sqliteTable(
  "survey_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    sheet: text("sheet").notNull(),
    question: integer("question").notNull(),
    score: integer("score"),
    text: text("text"),
  },
  (t) => [index("survey_answers_survey").on(t.surveyId, t.question)],
);

/** An improvement plan the head records for a quarter ("2026-Q4"), shown in the quarterly summary (G19). */
export const improvementPlans = sqliteTable("improvement_plans", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  quarter: text("quarter").notNull(),
  text: text("text").notNull(),
  authorId: integer("author_id")
    .notNull()
    .references(() => people.id),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});
