import type { Locale } from "../core/locale.js";
import {
  getSupplyItem,
  getSupplyRequest,
  type SupplyRequest,
  updateSupplyRequest,
} from "../db/queries/supplies.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";
import { dayText } from "../rooms/booking-format.js";
import { notifyPeople, notifyPersonById } from "../rooms/booking-notices.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { recordDecision } from "../tickets/ticket-decision.js";
import {
  changeStock,
  deskName,
  deskStaff,
  isDesk,
  shortages,
  suppliesFlows,
  teachingApprover,
} from "./supply-desk.js";
import { issueChoices, requestItemsText } from "./supply-request.js";
import { suppliesTexts } from "./texts/index.js";

type Found = { ok: true; ticket: Ticket; request: SupplyRequest } | { ok: false; outcome: CommandOutcome };

/** The supplies request behind a number; `deskOnly` first refuses anyone outside the desk. */
function findRequest(scope: CommandScope, number: string, deskOnly = false): Found {
  const { ctx, tx, person, locale } = scope;
  const t = suppliesTexts(locale);
  if (deskOnly && !isDesk(ctx, person))
    return { ok: false, outcome: say(t.notDesk(deskName(ctx, tx, locale))) };
  const ticket = getTicketByNumber(scope.tx, number);
  if (!ticket) return { ok: false, outcome: say(t.unknownTicket(number)) };
  const request = getSupplyRequest(scope.tx, ticket.id);
  if (!request || !suppliesFlows(scope.ctx).some((f) => f.id === ticket.type))
    return { ok: false, outcome: say(t.notSupplies(number)) };
  return { ok: true, ticket, request };
}

/**
 * The desk issues a request (G8): every item must be in stock, then the stock goes down in this same
 * transaction, the ticket is resolved and the requester is told to collect it on the next working day,
 * 09:00–11:00.
 */
export function issueRequest(scope: CommandScope, number: string): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = suppliesTexts(locale);
  const found = findRequest(scope, number, true);
  if (!found.ok) return found.outcome;
  const { ticket, request } = found;
  if (request.status === "awaiting_approval")
    return say(t.awaitingApproval(number, teachingApprover(ctx, tx)?.name ?? ""));
  if (request.status !== "ready") return say(t.alreadyDone(number, t.state[request.status]));
  const lines = request.lines.map((l) => ({ ...l, item: getSupplyItem(tx, l.itemId)! }));
  const short = shortages(lines, locale);
  if (short) return say(t.insufficient(number, short));
  for (const l of lines) {
    changeStock(ctx, tx, l.item, {
      kind: "issue",
      after: l.item.stock - l.quantity,
      person,
      ticketId: ticket.id,
    });
  }
  const now = ctx.clock();
  updateSupplyRequest(tx, ticket.id, { status: "issued", decidedById: person.id, decidedAt: now });
  const pickup = ctx.calendar.nextWorkingDay(ctx.calendar.localDate(now));
  const note = (l: Locale) =>
    suppliesTexts(l).pickupNote(requestItemsText(tx, request.lines, l), dayText(ctx, pickup, l));
  tellRequester(scope, ticket, "resolve", note);
  return say(t.issued(number, dayText(ctx, pickup, locale)));
}

/** The desk declines a request with a reason; nothing leaves the stock. */
export function declineRequest(scope: CommandScope, number: string, reason: string): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = suppliesTexts(locale);
  const found = findRequest(scope, number, true);
  if (!found.ok) return found.outcome;
  const { ticket, request } = found;
  if (request.status === "issued" || request.status === "declined")
    return say(t.alreadyDone(number, t.state[request.status]));
  if (!reason) return say(t.declineNeedsReason(number));
  updateSupplyRequest(tx, ticket.id, {
    status: "declined",
    decidedById: person.id,
    decidedAt: ctx.clock(),
    reason,
  });
  tellRequester(scope, ticket, "refuse", () => reason);
  return say(t.declined(number));
}

/** The teaching department's approver approves (or not) a request with teaching consumables. */
export function decideTeaching(
  scope: CommandScope,
  number: string,
  decision: { approve: true } | { approve: false; reason: string },
): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = suppliesTexts(locale);
  const approver = teachingApprover(ctx, tx);
  if (!approver) return say(t.noApprover);
  if (approver.id !== person.id) return say(t.notApprover(approver.name));
  const found = findRequest(scope, number);
  if (!found.ok) return found.outcome;
  const { ticket, request } = found;
  if (request.status !== "awaiting_approval") return say(t.notAwaiting(number, t.state[request.status]));
  const now = ctx.clock();
  if (!decision.approve) {
    if (!decision.reason) return say(t.denyNeedsReason(number));
    updateSupplyRequest(tx, ticket.id, {
      status: "declined",
      decidedById: person.id,
      decidedAt: now,
      reason: decision.reason,
    });
    tellRequester(
      scope,
      ticket,
      "refuse",
      (l) => suppliesTexts(l).deniedNote(person.name, decision.reason),
      "system",
    );
    return say(t.deniedDone(number));
  }
  updateSupplyRequest(tx, ticket.id, { status: "ready", approvedAt: now });
  notifyPersonById(ctx, tx, ticket.requesterId, {
    key: `supplies-approved:${ticket.id}`,
    kind: "supplies-approved",
    ticketId: ticket.id,
    message: (l) => ({
      text: suppliesTexts(l).approvedForRequester(number, person.name),
      ticketNumber: number,
    }),
  });
  notifyPeople(ctx, tx, deskStaff(ctx, tx), {
    key: `supplies-ready:${ticket.id}`,
    kind: "supplies-ready",
    ticketId: ticket.id,
    message: (l) => ({
      text: suppliesTexts(l).approvedForDesk(number, person.name, requestItemsText(tx, request.lines, l)),
      choices: issueChoices(number, l),
      ticketNumber: number,
    }),
  });
  return say(t.approvedDone(number));
}

function tellRequester(
  scope: CommandScope,
  ticket: Ticket,
  action: "resolve" | "refuse",
  note: (locale: Locale) => string,
  actor: "person" | "system" = "person",
) {
  recordDecision(scope.ctx, scope.tx, {
    ticket,
    actor: actor === "system" ? "system" : scope.person,
    action,
    words: { note, notice: (l) => `${ticket.number} ${note(l)}` },
    kind: "supplies-outcome",
  });
}
