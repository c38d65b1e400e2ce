import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getSurvey, openSurveyFor, type Survey, submitAnswerSheet } from "../db/queries/survey.js";
import { controlWords, isWord } from "../engine/form-runtime/form-runtime.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { type SurveyTexts, surveyTexts } from "./texts/index.js";

export const surveyServiceId = "survey";

/** Answers so far while a person fills in a survey; kept with their conversation only until they submit. */
export const answeringStateSchema = z.object({
  surveyId: z.number().int(),
  answers: z.array(z.object({ score: z.number().int().nullable(), text: z.string().nullable() })),
});

type AnsweringState = z.infer<typeof answeringStateSchema>;

function question(t: SurveyTexts, survey: Survey, state: AnsweringState): CommandOutcome {
  const index = state.answers.length;
  const q = survey.questions[index]!;
  const n = index + 1;
  const count = survey.questions.length;
  const reply =
    q.kind === "scale"
      ? {
          text: t.askScale(n, count, q.text),
          choices: t.scale.map((label, i) => ({ label, value: String(i + 1) })),
        }
      : { text: t.askOpen(n, count, q.text), choices: [{ label: t.none, value: t.none }] };
  return { replies: [reply], awaiting: { service: surveyServiceId, data: state } };
}

/** `填写调查`: the first question of the survey waiting for this person, or that there is none. */
export function startAnswering(scope: CommandScope): CommandOutcome {
  const t = surveyTexts(scope.locale);
  const survey = openSurveyFor(scope.tx, scope.person.id);
  if (!survey) return say(t.nothingToAnswer);
  return question(t, survey, { surveyId: survey.id, answers: [] });
}

function scoreOf(text: string, t: SurveyTexts): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const number = /^([1-5])\s*(?:分|points?)?$/.exec(trimmed);
  if (number) return Number(number[1]);
  const byLabel = t.scale.findIndex((label) => label.toLowerCase() === trimmed);
  return byLabel >= 0 ? byLabel + 1 : undefined;
}

/** One answer; after the last one the sheet is stored without the person and they are marked as answered. */
export function continueAnswering(
  scope: CommandScope,
  state: AnsweringState,
  text: string,
  startsSomething: boolean,
): CommandOutcome | undefined {
  const t = surveyTexts(scope.locale);
  if (isWord(text, controlWords.cancel)) return say(t.stopped);
  const survey = getSurvey(scope.tx, state.surveyId);
  const q = survey?.questions[state.answers.length];
  if (!survey || !q) return say(t.nothingToAnswer);
  let answer: AnsweringState["answers"][number];
  if (q.kind === "scale") {
    const score = scoreOf(text, t);
    if (score === undefined) {
      if (startsSomething) return undefined;
      const again = question(t, survey, state);
      return { ...again, replies: [{ ...again.replies[0]!, text: t.scaleAgain }] };
    }
    answer = { score, text: null };
  } else {
    answer = { score: null, text: isWord(text, t.noneWords) ? null : text.trim() };
  }
  const next = { ...state, answers: [...state.answers, answer] };
  if (next.answers.length < survey.questions.length) return question(t, survey, next);
  const stored = submitAnswerSheet(scope.tx, survey.id, scope.person.id, randomUUID(), next.answers);
  return say(stored ? t.thanks : t.nothingToAnswer);
}
