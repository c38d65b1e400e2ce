import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { conversations, people, personPosts, posts, tickets } from "../schema.js";
import {
  improvementPlans,
  type SurveyQuestion,
  surveyAnswers,
  surveyRecipients,
  surveys,
} from "../tables/survey.js";

export type Survey = typeof surveys.$inferSelect;
export type SurveyAnswer = typeof surveyAnswers.$inferSelect;
export type ImprovementPlan = typeof improvementPlans.$inferSelect;

export function latestSurvey(db: DbOrTx, semester?: string): Survey | undefined {
  return db
    .select()
    .from(surveys)
    .where(semester ? eq(surveys.semester, semester) : undefined)
    .orderBy(desc(surveys.id))
    .get();
}

export function getSurvey(db: DbOrTx, id: number): Survey | undefined {
  return db.select().from(surveys).where(eq(surveys.id, id)).get();
}

export function insertSurvey(
  db: DbOrTx,
  survey: { semester: string; questions: SurveyQuestion[]; createdById: number; createdAt: Date },
): Survey {
  return db.insert(surveys).values(survey).returning().get();
}

export function updateSurvey(db: DbOrTx, id: number, patch: Partial<Omit<Survey, "id">>): Survey {
  return db.update(surveys).set(patch).where(eq(surveys.id, id)).returning().get();
}

/**
 * Who the semester survey goes to: everyone who used the bot in [from, to) (filed a ticket or talked to it)
 * plus the directory's staff; never the office head(s), who run it.
 */
export function surveyAudience(db: DbOrTx, from: Date, to: Date): number[] {
  const heads = db
    .select({ id: personPosts.personId })
    .from(personPosts)
    .innerJoin(posts, eq(posts.id, personPosts.postId))
    .where(eq(posts.isHead, true))
    .all()
    .map((r) => r.id);
  const notHead = heads.length > 0 ? notInArray(people.id, heads) : undefined;
  const requesters = db
    .selectDistinct({ id: tickets.requesterId })
    .from(tickets)
    .where(and(gte(tickets.createdAt, from), lt(tickets.createdAt, to)))
    .all();
  const talkers = db
    .selectDistinct({ id: conversations.personId })
    .from(conversations)
    .where(and(gte(conversations.updatedAt, from), lt(conversations.updatedAt, to)))
    .all();
  const staff = db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.inDirectory, true), notHead))
    .all();
  const ids = new Set([...requesters, ...talkers, ...staff].map((r) => r.id));
  for (const head of heads) ids.delete(head);
  return [...ids].sort((a, b) => a - b);
}

export function addRecipients(db: DbOrTx, surveyId: number, personIds: readonly number[]): void {
  if (personIds.length === 0) return;
  db.insert(surveyRecipients)
    .values(personIds.map((personId) => ({ surveyId, personId })))
    .onConflictDoNothing()
    .run();
}

export function recipientsOf(db: DbOrTx, surveyId: number): { personId: number; answered: boolean }[] {
  return db
    .select({ personId: surveyRecipients.personId, answered: surveyRecipients.answered })
    .from(surveyRecipients)
    .where(eq(surveyRecipients.surveyId, surveyId))
    .orderBy(asc(surveyRecipients.personId))
    .all();
}

/** The newest sent survey this person was asked and has not answered yet. */
export function openSurveyFor(db: DbOrTx, personId: number): Survey | undefined {
  return db
    .select({ survey: surveys })
    .from(surveyRecipients)
    .innerJoin(surveys, eq(surveys.id, surveyRecipients.surveyId))
    .where(
      and(
        eq(surveyRecipients.personId, personId),
        eq(surveyRecipients.answered, false),
        eq(surveys.status, "sent"),
      ),
    )
    .orderBy(desc(surveys.id))
    .get()?.survey;
}

/**
 * Stores one answer sheet without any person or time, and only marks the person as having answered; returns
 * false (and stores nothing) when they were not asked or already answered.
 */
export function submitAnswerSheet(
  db: DbOrTx,
  surveyId: number,
  personId: number,
  sheet: string,
  answers: readonly { score: number | null; text: string | null }[],
): boolean {
  const marked = db
    .update(surveyRecipients)
    .set({ answered: true })
    .where(
      and(
        eq(surveyRecipients.surveyId, surveyId),
        eq(surveyRecipients.personId, personId),
        eq(surveyRecipients.answered, false),
      ),
    )
    .run();
  if (marked.changes === 0) return false;
  db.insert(surveyAnswers)
    .values(answers.map((a, question) => ({ surveyId, sheet, question, score: a.score, text: a.text })))
    .run();
  return true;
}

export function answersOf(db: DbOrTx, surveyId: number): SurveyAnswer[] {
  return db
    .select()
    .from(surveyAnswers)
    .where(eq(surveyAnswers.surveyId, surveyId))
    .orderBy(asc(surveyAnswers.question), asc(surveyAnswers.id))
    .all();
}

/** Sent surveys whose one reminder is due at `now` and has not gone out. */
export function surveysToRemind(db: DbOrTx, now: Date): Survey[] {
  return db
    .select()
    .from(surveys)
    .where(and(eq(surveys.status, "sent"), lte(surveys.remindAt, now), isNull(surveys.remindedAt)))
    .all();
}

export function sentSurveysBetween(db: DbOrTx, from: Date, to: Date): Survey[] {
  return db
    .select()
    .from(surveys)
    .where(and(eq(surveys.status, "sent"), gte(surveys.sentAt, from), lt(surveys.sentAt, to)))
    .orderBy(asc(surveys.id))
    .all();
}

export function insertImprovementPlan(db: DbOrTx, plan: Omit<ImprovementPlan, "id">): ImprovementPlan {
  return db.insert(improvementPlans).values(plan).returning().get();
}

export function improvementPlansOf(db: DbOrTx, quarter: string): ImprovementPlan[] {
  return db
    .select()
    .from(improvementPlans)
    .where(eq(improvementPlans.quarter, quarter))
    .orderBy(asc(improvementPlans.id))
    .all();
}

export function peopleByIds(db: DbOrTx, ids: readonly number[]) {
  return ids.length === 0
    ? []
    : db
        .select()
        .from(people)
        .where(inArray(people.id, [...ids]))
        .all();
}
