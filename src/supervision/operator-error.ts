import { markOperatorError } from "../db/queries/tickets.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { withTicket } from "../tickets/ticket-commands.js";
import { isComplaint } from "./kpi-report.js";
import { supervisionTexts } from "./texts/index.js";

/** `操作失误 <no>`: the head or the post handling a complaint marks it as caused by an operator mistake (G16). */
export function operatorErrorCommand(scope: CommandScope, number: string): CommandOutcome {
  const t = supervisionTexts(scope.locale);
  return withTicket(scope, number, (ticket) => {
    if (!scope.person.isHead && !scope.person.postIds.includes(ticket.postId))
      return say(t.operatorErrorNotAllowed);
    if (!isComplaint(scope.ctx.flows.get(ticket.type), ticket.fields))
      return say(t.notComplaint(ticket.number));
    markOperatorError(scope.tx, ticket.id, scope.ctx.clock());
    return say(t.operatorErrorDone(ticket.number));
  });
}
