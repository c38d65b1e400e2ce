import { latestFlaggedPeriod, type PeriodDates, recordCause } from "../db/queries/kpi.js";
import { controlWords, isWord } from "../engine/form-runtime/form-runtime.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import type { AwaitingCause } from "./kpi-command.js";
import { supervisionTexts } from "./texts/index.js";

const maxCauseLength = 2000;

function record(scope: CommandScope, period: PeriodDates, text: string): CommandOutcome {
  const t = supervisionTexts(scope.locale);
  const cause = text.trim().slice(0, maxCauseLength);
  if (cause === "") return say(t.causeEmpty);
  recordCause(scope.tx, period, cause, scope.person.id, scope.ctx.clock());
  return say(t.causeRecorded(t.period("", period.from, period.to)));
}

/** `原因 …`: the head's cause analysis (G16) of the period flagged last (one still without a cause first). */
export function causeCommand(scope: CommandScope, text: string): CommandOutcome {
  const t = supervisionTexts(scope.locale);
  if (!scope.person.isHead) return say(t.headOnly);
  const flagged = latestFlaggedPeriod(scope.tx);
  if (!flagged) return say(t.causeNotAsked);
  return record(scope, { from: flagged.fromDate, to: flagged.toDate }, text);
}

/**
 * The head's message right after a KPI reply that asked for a cause analysis: it is the analysis, unless it is
 * "取消" or starts something else (a service's title, a form in progress).
 */
export function causeFollowUp(
  scope: CommandScope,
  data: AwaitingCause,
  text: string,
  startsSomething: boolean,
): CommandOutcome | undefined {
  if (isWord(text, controlWords.cancel)) return say(supervisionTexts(scope.locale).causeSkipped);
  if (startsSomething || !scope.person.isHead) return undefined;
  return record(scope, data.cause, text);
}
