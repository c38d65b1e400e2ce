import { DateTime } from "luxon";
import { enqueue } from "../db/queries/outbox.js";
import { getPerson } from "../db/queries/people.js";
import {
  addRecipients,
  improvementPlansOf,
  insertImprovementPlan,
  insertSurvey,
  latestSurvey,
  recipientsOf,
  type Survey,
  surveyAudience,
  updateSurvey,
} from "../db/queries/survey.js";
import type { WorkingSpan } from "../domain/sla-calendar.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { localeOf } from "../tickets/ticket-notices.js";
import { afterCommandWord } from "../understanding/command-words.js";
import { quarterOf, semesterOf } from "./school-terms.js";
import { startAnswering } from "./survey-answering.js";
import { surveyResults } from "./survey-results.js";
import { surveyResultsText } from "./survey-results-text.js";
import { type SurveyTexts, surveyTexts } from "./texts/index.js";

export type SurveyCommand =
  | { kind: "survey" }
  | { kind: "question"; number?: number; text?: string }
  | { kind: "send" }
  | { kind: "results" }
  | { kind: "answer" }
  | { kind: "improve"; text: string };

const surveyWords = ["满意度调查", "调查", "survey"];
const answerWords = ["填写调查", "参加调查", "take survey"];
// The plan must follow a space or colon: "改进一下打印流程" is a sentence, not a plan for the head.
const improvePattern = /^(?:改进方案|改进|improvement plan)(?:$|[\s:：]+)(.*)$/isu;
const questionPattern = /^(?:问题|题|question)\s*(\d+)?\s*[:：.、]?\s*(.*)$/isu;

/** `调查`, `调查 问题 3 …`, `调查 发送`, `调查 结果`, `填写调查`, `改进 …`. */
export function parseSurveyCommand(text: string): SurveyCommand | undefined {
  const trimmed = text.trim();
  if (afterCommandWord(trimmed, answerWords) === "") return { kind: "answer" };
  const plan = improvePattern.exec(trimmed);
  if (plan) return { kind: "improve", text: (plan[1] ?? "").trim() };
  const rest = afterCommandWord(trimmed, surveyWords)?.trim();
  if (rest === undefined) return undefined;
  const word = rest.toLowerCase();
  if (word === "") return { kind: "survey" };
  if (["发送", "send"].includes(word)) return { kind: "send" };
  if (["结果", "results", "result"].includes(word)) return { kind: "results" };
  if (["填写", "answer"].includes(word)) return { kind: "answer" };
  const question = questionPattern.exec(rest);
  if (!question) return undefined;
  return {
    kind: "question",
    ...(question[1] ? { number: Number(question[1]) } : {}),
    ...(question[2]?.trim() ? { text: question[2].trim() } : {}),
  };
}

export interface SurveyCommandOptions {
  /** Working time after sending before the one reminder (default 3 working days). */
  remindAfter: WorkingSpan;
}

export function runSurveyCommand(
  options: SurveyCommandOptions,
  scope: CommandScope,
  command: SurveyCommand,
): CommandOutcome {
  const t = surveyTexts(scope.locale);
  if (command.kind === "answer" || (command.kind === "survey" && !scope.person.isHead))
    return startAnswering(scope);
  if (!scope.person.isHead) return say(t.onlyHead);
  switch (command.kind) {
    case "survey":
      return showSurvey(scope, t);
    case "question":
      return editQuestion(scope, t, command);
    case "send":
      return sendSurvey(scope, t, options);
    case "results":
      return publishResults(scope, t);
    case "improve":
      return improvementPlan(scope, t, command.text);
  }
}

const today = (scope: CommandScope) => scope.ctx.calendar.localDate(scope.ctx.clock());
const semester = (scope: CommandScope) =>
  semesterOf(today(scope), scope.ctx.settings.timeZone, scope.ctx.directory.semesters);

/** This semester's survey, a fresh draft with the default questions when there is none. */
function currentOrDraft(scope: CommandScope, t: SurveyTexts): Survey {
  const key = semester(scope).key;
  return (
    latestSurvey(scope.tx, key) ??
    insertSurvey(scope.tx, {
      semester: key,
      questions: t.defaultQuestions.map((text, i) => ({
        kind: i < t.defaultQuestions.length - 1 ? "scale" : "open",
        text,
      })),
      createdById: scope.person.id,
      createdAt: scope.ctx.clock(),
    })
  );
}

function draftReply(survey: Survey, t: SurveyTexts): CommandOutcome {
  const lines = [
    t.draftTitle(t.semester(survey.semester)),
    ...survey.questions.map((q, i) => t.questionLine(i + 1, q.text, q.kind === "open")),
    t.draftHint,
  ];
  return { replies: [{ text: lines.join("\n"), choices: [{ label: t.send, value: t.sendCommand }] }] };
}

function showSurvey(scope: CommandScope, t: SurveyTexts): CommandOutcome {
  const survey = currentOrDraft(scope, t);
  if (survey.status === "draft") return draftReply(survey, t);
  const recipients = recipientsOf(scope.tx, survey.id);
  const answered = recipients.filter((r) => r.answered).length;
  return say(t.status(t.semester(survey.semester), answered, recipients.length));
}

function editQuestion(
  scope: CommandScope,
  t: SurveyTexts,
  command: Extract<SurveyCommand, { kind: "question" }>,
): CommandOutcome {
  const survey = currentOrDraft(scope, t);
  if (survey.status !== "draft") return say(t.alreadySent);
  const count = survey.questions.length;
  const { number, text } = command;
  if (number === undefined || text === undefined || number < 1 || number > count)
    return say(t.questionUsage(count));
  const questions = survey.questions.map((q, i) => (i === number - 1 ? { ...q, text } : q));
  return draftReply(updateSurvey(scope.tx, survey.id, { questions }), t);
}

function sendSurvey(scope: CommandScope, t: SurveyTexts, options: SurveyCommandOptions): CommandOutcome {
  const { ctx, tx } = scope;
  const survey = currentOrDraft(scope, t);
  if (survey.status !== "draft") return showSurvey(scope, t);
  const term = semester(scope);
  const now = ctx.clock();
  const audience = surveyAudience(tx, term.from, term.to);
  if (audience.length === 0) return say(t.nobodyToAsk);
  const remindAt = ctx.calendar.add(now, options.remindAfter);
  updateSurvey(tx, survey.id, { status: "sent", sentAt: now, remindAt });
  addRecipients(tx, survey.id, audience);
  for (const personId of audience) {
    const person = getPerson(tx, personId);
    if (!person) continue;
    const theirs = surveyTexts(localeOf(ctx, person));
    enqueue(tx, {
      dedupeKey: `survey-invite:${survey.id}:${personId}`,
      recipientId: personId,
      kind: "survey-invite",
      message: {
        text: theirs.invite(theirs.semester(survey.semester), survey.questions.length),
        choices: [{ label: theirs.startAnswering, value: theirs.answerCommand }],
      },
      now,
    });
  }
  const remindOn = DateTime.fromJSDate(remindAt, { zone: ctx.settings.timeZone }).toFormat(
    "yyyy-MM-dd HH:mm",
  );
  return say(t.sent(audience.length, remindOn));
}

/** The results to the head (with the open answers) and, without them, to everyone surveyed. */
function publishResults(scope: CommandScope, t: SurveyTexts): CommandOutcome {
  const { ctx, tx } = scope;
  const survey = latestSurvey(tx, semester(scope).key) ?? latestSurvey(tx);
  if (!survey) return say(t.noSurvey);
  const results = surveyResults(tx, survey.id);
  if (!results || survey.status !== "sent") return say(t.resultsNotSent);
  const now = ctx.clock();
  const recipients = recipientsOf(tx, survey.id);
  for (const { personId } of recipients) {
    const person = getPerson(tx, personId);
    if (!person) continue;
    enqueue(tx, {
      dedupeKey: `survey-results:${survey.id}:${personId}:${results.answered}`,
      recipientId: personId,
      kind: "survey-results",
      message: { text: surveyResultsText(results, surveyTexts(localeOf(ctx, person)), false) },
      now,
    });
  }
  return say(`${surveyResultsText(results, t, true)}\n\n${t.published(recipients.length)}`);
}

/** `改进 <plan>` records a plan for this quarter (G19); `改进` alone lists them. */
function improvementPlan(scope: CommandScope, t: SurveyTexts, text: string): CommandOutcome {
  const quarter = quarterOf(today(scope), scope.ctx.settings.timeZone).key;
  if (text === "") {
    const plans = improvementPlansOf(scope.tx, quarter);
    if (plans.length === 0) return say(t.noPlans(quarter));
    return say([t.plansTitle(quarter), ...plans.map((p, i) => `${i + 1}. ${p.text}`)].join("\n"));
  }
  insertImprovementPlan(scope.tx, { quarter, text, authorId: scope.person.id, createdAt: scope.ctx.clock() });
  return say(t.planSaved(quarter, text));
}
