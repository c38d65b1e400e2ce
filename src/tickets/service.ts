import type { TicketAction } from "../domain/ticket-status.js";
import { controlWords, isWord } from "../engine/form-runtime/form-runtime.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import type { Service } from "../services/service.js";
import { defaultServiceId } from "../services/service-registry.js";
import { confirmTicket } from "./confirm-ticket.js";
import { answerDuplicate, type DuplicateQuestion, duplicatePrecheck } from "./duplicate-intake.js";
import { openTickets, postQueue } from "./home-tickets.js";
import { saveRatingComment } from "./rating-command.js";
import { parseCommand } from "./ticket-command-parser.js";
import { runCommand } from "./ticket-commands.js";
import { type MorePending, morePage } from "./ticket-lists.js";

/** What a ticket command waits for: the note an action needs, a comment after a low rating, or "更多". */
type Awaiting =
  | { note: { action: TicketAction; number: string; target?: string } }
  | { ratingComment: number }
  | MorePending
  | DuplicateQuestion;

function followUp(scope: CommandScope, data: unknown, text: string, startsSomething: boolean) {
  const awaiting = data as Awaiting;
  if ("duplicate" in awaiting) return answerDuplicate(scope, awaiting, text);
  if ("ratingComment" in awaiting) {
    return startsSomething ? undefined : saveRatingComment(scope, awaiting.ratingComment, text);
  }
  if ("more" in awaiting) return morePage(scope, awaiting, text);
  const { action, number, target } = awaiting.note;
  if (!isWord(text, controlWords.cancel)) {
    const retry = parseCommand(`${action} ${number} ${target ?? ""} ${text}`.replace(/\s+/g, " "));
    if (retry) return runCommand(scope, retry);
  }
  return say(texts(scope.locale).cancelled) satisfies CommandOutcome;
}

/**
 * Tickets: every flow's default service. Its commands are the clerk's and requester's ticket words (接单,
 * 完成 …, 查询, 我的工单, 待办, 评价, 合并); confirming a flow creates a numbered ticket, unless the report repeats
 * an open one and the teacher follows that instead.
 */
export function ticketsService(): Service {
  return {
    id: defaultServiceId,
    commands: { parse: parseCommand, run: runCommand },
    followUp,
    precheck: duplicatePrecheck,
    confirm: (ctx, tx, input) => confirmTicket(ctx, tx, input),
    home(scope) {
      const queue = postQueue(scope);
      return { tickets: openTickets(scope), ...(queue ? { queue } : {}) };
    },
  };
}
