import type { DbOrTx } from "../db/database.js";
import { answersOf, getSurvey, latestSurvey, recipientsOf, type Survey } from "../db/queries/survey.js";
import type { SurveyQuestion } from "../db/tables/survey.js";

/** An item is below target (flagged for the appraisal, G17) when its mean is under 4.0 of 5. */
export const surveyTargetMean = 4;

export interface QuestionResult {
  /** 1-based, as shown. */
  number: number;
  text: string;
  kind: SurveyQuestion["kind"];
  answers: number;
  /** Mean score of a choice question; null without answers or for the open question. */
  mean: number | null;
  /** Count of each score 1…5 (index 0 is score 1). */
  distribution: number[];
  /** Share of scores 4 and 5, 0…1; null without answers. */
  satisfiedShare: number | null;
  belowTarget: boolean;
  /** The open question's written answers (empty for choice questions). */
  comments: string[];
}

export interface SurveyResults {
  surveyId: number;
  semester: string;
  status: Survey["status"];
  sentAt: Date | null;
  asked: number;
  answered: number;
  questions: QuestionResult[];
}

/**
 * A survey's anonymous results: per question the mean, the 1–5 distribution, the satisfied share and whether
 * it is below target; the open answers. `"current"` is the newest survey. Undefined when there is none.
 *
 * ```ts
 * surveyResults(db, "current")?.questions.filter((q) => q.belowTarget); // items for the appraisal
 * ```
 */
export function surveyResults(db: DbOrTx, survey: number | "current"): SurveyResults | undefined {
  const row = survey === "current" ? latestSurvey(db) : getSurvey(db, survey);
  if (!row) return undefined;
  const answers = answersOf(db, row.id);
  const recipients = recipientsOf(db, row.id);
  const questions = row.questions.map((q, index): QuestionResult => {
    const mine = answers.filter((a) => a.question === index);
    const scores = mine.map((a) => a.score).filter((s): s is number => s !== null);
    const distribution = [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length);
    const mean =
      q.kind === "scale" && scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    return {
      number: index + 1,
      text: q.text,
      kind: q.kind,
      answers: q.kind === "scale" ? scores.length : mine.filter((a) => a.text).length,
      mean,
      distribution,
      satisfiedShare:
        q.kind === "scale" && scores.length > 0 ? scores.filter((s) => s >= 4).length / scores.length : null,
      belowTarget: mean !== null && mean < surveyTargetMean,
      comments: mine.flatMap((a) => (a.text ? [a.text] : [])),
    };
  });
  return {
    surveyId: row.id,
    semester: row.semester,
    status: row.status,
    sentAt: row.sentAt,
    asked: recipients.length,
    answered: recipients.filter((r) => r.answered).length,
    questions,
  };
}
