import type { Locale } from "../core/locale.js";
import type { Tx } from "../db/database.js";
import { enqueue } from "../db/queries/outbox.js";
import { getPerson, type PersonWithPosts } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import { type TicketAction, transitions } from "../domain/ticket-status.js";
import type { EngineContext } from "../engine/context.js";
import { act } from "./ticket-lifecycle.js";
import { localeOf } from "./ticket-notices.js";

export interface DecisionWords {
  /** The note on the ticket's audit trail, in the requester's language; the status notice quotes it. */
  note: (locale: Locale) => string;
  /** A plain notice when the ticket has already moved past this step (e.g. the clerk pressed 接单 first). */
  notice: (locale: Locale) => string;
}

export interface Decision {
  ticket: Ticket;
  actor: PersonWithPosts | "system";
  action: TicketAction;
  words: DecisionWords;
  /** The outbox kind (and key prefix) of the plain notice. */
  kind: string;
}

/**
 * A service's decision on a ticket (a booking approved, supplies issued …): recorded on the ticket (audit
 * trail, SLA clocks), which tells the requester; when the ticket has moved past that step, the requester gets
 * the words as a plain notice instead.
 */
export function recordDecision(ctx: EngineContext, tx: Tx, d: Decision): void {
  const { ticket, action, words } = d;
  const requester = getPerson(tx, ticket.requesterId);
  if (!requester) return;
  if (transitions[action].from.includes(ticket.status)) {
    const result = act(
      ctx,
      { ticket, actor: d.actor, action, note: words.note(localeOf(ctx, requester)) },
      tx,
    );
    if (result.ok) return;
  }
  const now = ctx.clock();
  enqueue(tx, {
    dedupeKey: `${d.kind}:${ticket.id}:${action}:${now.getTime()}:${requester.id}`,
    recipientId: requester.id,
    kind: d.kind,
    message: { text: words.notice(localeOf(ctx, requester)), ticketNumber: ticket.number },
    ticketId: ticket.id,
    now,
  });
}
