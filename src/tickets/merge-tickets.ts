import { enqueue } from "../db/queries/outbox.js";
import { getPerson } from "../db/queries/people.js";
import {
  dropUnmetDeadlines,
  moveSubscribers,
  subscribe,
  subscribersOf,
} from "../db/queries/ticket-subscribers.js";
import { getTicketByNumber, recordEvent, type Ticket, updateTicket } from "../db/queries/tickets.js";
import { ticketVisibility } from "../domain/routing.js";
import { isOpen } from "../domain/ticket-status.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { ticketTexts } from "./texts/index.js";
import { followerCount } from "./ticket-followers.js";
import { rolesOf } from "./ticket-lifecycle.js";
import { localeOf } from "./ticket-notices.js";

/**
 * `合并 A B`: two tickets about one problem become one. B is closed as merged into A, its clocks stop, its
 * requester and followers follow A, and both audit trails record the merge. Staff of either post or the head.
 */
export function mergeTickets(scope: CommandScope, keepNumber?: string, mergeNumber?: string): CommandOutcome {
  const t = texts(scope.locale);
  const tt = ticketTexts(scope.locale);
  if (!keepNumber || !mergeNumber) return say(tt.mergeUsage);
  if (keepNumber === mergeNumber) return say(tt.mergeSame);
  const found: Ticket[] = [];
  for (const number of [keepNumber, mergeNumber]) {
    const ticket = getTicketByNumber(scope.tx, number);
    if (!ticket) return say(t.ticketNotFound(number));
    const viewer = { personId: scope.person.id, postIds: scope.person.postIds, isHead: scope.person.isHead };
    if (ticketVisibility(viewer, ticket) === "none") return say(t.ticketHidden(number));
    if (!isOpen(ticket.status)) return say(tt.mergeNotOpen(number, t.status[ticket.status] ?? ticket.status));
    found.push(ticket);
  }
  const [keep, gone] = found as [Ticket, Ticket];
  const staff = (ticket: Ticket) => rolesOf(scope.person, ticket).some((r) => r === "member" || r === "head");
  if (!staff(keep) && !staff(gone)) return say(tt.mergeNotAllowed);
  const { tx } = scope;
  const now = scope.ctx.clock();
  updateTicket(tx, gone.id, { status: "closed", closedAt: now, updatedAt: now });
  dropUnmetDeadlines(tx, gone.id);
  const event = { at: now, actorId: scope.person.id, action: "merge" } as const;
  const goneEvent = recordEvent(tx, {
    ...event,
    ticketId: gone.id,
    fromStatus: gone.status,
    toStatus: "closed",
    note: ticketTexts("zh").mergedNote(keep.number),
    data: { into: keep.number },
  });
  recordEvent(tx, {
    ...event,
    ticketId: keep.id,
    fromStatus: keep.status,
    toStatus: keep.status,
    data: { merged: gone.number },
  });
  const told = [...subscribersOf(tx, gone.id), getPerson(tx, gone.requesterId)].filter(
    (p) => p !== undefined && p.id !== keep.requesterId,
  );
  moveSubscribers(tx, gone.id, keep.id, now);
  if (gone.requesterId !== keep.requesterId) subscribe(tx, keep.id, gone.requesterId, "merge", now);
  for (const person of told) {
    if (!person) continue;
    enqueue(tx, {
      dedupeKey: `event:${goneEvent}:merged:${person.id}`,
      recipientId: person.id,
      kind: "status",
      message: {
        text: ticketTexts(localeOf(scope.ctx, person)).mergedInto(gone.number, keep.number),
        ticketNumber: keep.number,
      },
      ticketId: gone.id,
      now,
    });
  }
  return say(tt.merged(keep.number, gone.number, followerCount(tx, keep.id)));
}
