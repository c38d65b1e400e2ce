import type { Tx } from "../db/database.js";
import { enqueue } from "../db/queries/outbox.js";
import { getPerson, membersOfPost, type Person } from "../db/queries/people.js";
import { subscriberCounts, subscribersOf } from "../db/queries/ticket-subscribers.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { TicketAction } from "../domain/ticket-status.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";
import { ticketTexts } from "./texts/index.js";
import { localeOf } from "./ticket-notices.js";

/** How many people besides the requester reported a ticket (its followers). */
export function followerCount(tx: Tx, ticketId: number): number {
  return subscriberCounts(tx, [ticketId]).get(ticketId) ?? 0;
}

/** Who handles a ticket now: its assignee, or else everyone at its post. */
export function handlersOf(tx: Tx, ticket: Ticket): Person[] {
  const assignee = ticket.assigneeId ? getPerson(tx, ticket.assigneeId) : undefined;
  return assignee ? [assignee] : membersOfPost(tx, ticket.postId);
}

// A question to the requester and the requester's answer are between them and the clerk.
const quietFor = new Set<TicketAction>(["ask", "answer"]);

/** Status updates to a ticket's followers, through the outbox, in the transaction of the change. */
export function notifyFollowers(
  ctx: EngineContext,
  tx: Tx,
  change: { ticket: Ticket; action: TicketAction; actorId: number | null; note: string | null; key: string },
): void {
  if (quietFor.has(change.action)) return;
  const { ticket } = change;
  for (const person of subscribersOf(tx, ticket.id)) {
    if (person.id === change.actorId || person.id === ticket.requesterId) continue;
    const locale = localeOf(ctx, person);
    const status = texts(locale).status[ticket.status] ?? ticket.status;
    enqueue(tx, {
      dedupeKey: `${change.key}:follower:${person.id}`,
      recipientId: person.id,
      kind: "status",
      message: {
        text: ticketTexts(locale).followerUpdate(ticket.number, status, change.note),
        ticketNumber: ticket.number,
      },
      ticketId: ticket.id,
      now: ctx.clock(),
    });
  }
}
