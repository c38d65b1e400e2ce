import { z } from "zod";
import {
  type AuditCheck,
  type AuditItemView,
  auditItem,
  nextUncheckedItem,
  recordAuditCheck,
} from "../db/queries/audit.js";
import { getPost } from "../db/queries/people.js";
import { controlWords, isWord } from "../engine/form-runtime/form-runtime.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { flowTitle, postName } from "../tickets/ticket-notices.js";
import { auditChecks, auditProgress, problemsOf } from "./audit-progress.js";
import { type AuditTexts, auditTexts } from "./texts/index.js";

export const auditServiceId = "audit";

type Answer = "ok" | "problem";

const answer = z.enum(["ok", "problem"]).optional();

/** Where the auditor is with one ticket: the checks answered so far; all three answered means the note is next. */
export const auditCheckStateSchema = z.object({
  itemId: z.number().int(),
  month: z.string(),
  answers: z.object({ paper: answer, ledger: answer, followUp: answer }),
});

export type AuditCheckState = z.infer<typeof auditCheckStateSchema>;

const awaiting = (state: AuditCheckState) => ({ service: auditServiceId, data: state });

const nextCheck = (state: AuditCheckState) => auditChecks.find((check) => state.answers[check] === undefined);

function checkQuestion(t: AuditTexts, check: AuditCheck) {
  return {
    text: t.askCheck(t.checks[check]),
    choices: [
      { label: t.ok, value: t.ok },
      { label: t.problem, value: t.problem, style: "danger" as const },
    ],
  };
}

/** The first question about an item, with what it is about. */
function firstQuestion(scope: CommandScope, item: AuditItemView, month: string): CommandOutcome {
  const { ctx, tx, locale } = scope;
  const t = auditTexts(locale);
  const progress = auditProgress(tx, month);
  const position = (progress?.checked ?? 0) + 1;
  const header = t.itemHeader(
    position,
    progress?.drawn ?? position,
    item.number,
    flowTitle(ctx, item.type, locale),
    postName(getPost(tx, item.postId), locale),
    item.clerkName ?? t.unassigned,
  );
  const question = checkQuestion(t, "paper");
  return {
    replies: [
      { text: `${header}\n${t.itemSummary(item.summary)}\n${question.text}`, choices: question.choices },
    ],
    awaiting: awaiting({ itemId: item.id, month, answers: {} }),
  };
}

/** `抽查 核对`: the next unchecked ticket of the month's sample, or that none is left. */
export function startChecking(scope: CommandScope, month: string, sampleId: number): CommandOutcome {
  const item = nextUncheckedItem(scope.tx, sampleId);
  return item ? firstQuestion(scope, item, month) : say(auditTexts(scope.locale).nothingToCheck);
}

/** The auditor's answer to a check or the note; a check's answer that is neither is asked again. */
export function continueChecking(
  scope: CommandScope,
  state: AuditCheckState,
  text: string,
  startsSomething: boolean,
): CommandOutcome | undefined {
  const t = auditTexts(scope.locale);
  if (isWord(text, controlWords.cancel)) return say(t.paused);
  const check = nextCheck(state);
  if (check === undefined) return saveItem(scope, state, text);
  if (startsSomething) return undefined;
  const answer: Answer | undefined = isWord(text, t.okWords)
    ? "ok"
    : isWord(text, t.problemWords)
      ? "problem"
      : undefined;
  if (!answer) {
    const question = checkQuestion(t, check);
    return {
      replies: [{ text: t.answerCheck(t.checks[check]), choices: question.choices }],
      awaiting: awaiting(state),
    };
  }
  const next = { ...state, answers: { ...state.answers, [check]: answer } };
  const following = nextCheck(next);
  if (following) return { replies: [checkQuestion(t, following)], awaiting: awaiting(next) };
  return {
    replies: [{ text: t.askNote, choices: [{ label: t.none, value: t.none }] }],
    awaiting: awaiting(next),
  };
}

function saveItem(scope: CommandScope, state: AuditCheckState, text: string): CommandOutcome {
  const { ctx, tx, locale, person } = scope;
  const t = auditTexts(locale);
  const item = auditItem(tx, state.itemId);
  if (!item) return say(t.nothingToCheck);
  const note = isWord(text, t.noneWords) ? null : text.trim();
  const result = {
    paper: state.answers.paper ?? null,
    ledger: state.answers.ledger ?? null,
    followUp: state.answers.followUp ?? null,
  };
  recordAuditCheck(tx, item.id, { ...result, note, checkedById: person.id, checkedAt: ctx.clock() });
  const problems = problemsOf(result).map((check) => t.checks[check]);
  const recorded = t.recorded(item.number, problems.length > 0 ? problems.join(t.listSeparator) : undefined);
  const next = nextUncheckedItem(tx, item.sampleId);
  if (!next) {
    const progress = auditProgress(tx, state.month);
    return say(`${recorded}\n\n${t.allDone(state.month, progress?.problems ?? 0)}`);
  }
  const following = firstQuestion(scope, next, state.month);
  return { ...following, replies: [{ text: recorded }, ...following.replies] };
}
