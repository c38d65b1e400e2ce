import type { Locale } from "../core/locale.js";
import type { OutgoingMessage } from "../core/messages.js";
import type { DbOrTx } from "../db/database.js";
import { enqueue } from "../db/queries/outbox.js";
import { getPerson, membersOfPost, officeHeads, type Person } from "../db/queries/people.js";
import { routeToPost } from "../domain/routing.js";
import type { EngineContext } from "../engine/context.js";
import { localeOf } from "../tickets/ticket-notices.js";

/** A message written for its reader's language. */
export type LocalMessage = (locale: Locale) => OutgoingMessage;

export interface Notice {
  /** De-duplication key without the recipient; each recipient's id is appended. */
  key: string;
  kind: string;
  message: LocalMessage;
  ticketId?: number | null;
}

/** Queues a notice for each person (once per person), in their language. Returns how many were queued. */
export function notifyPeople(
  ctx: EngineContext,
  db: DbOrTx,
  people: readonly Person[],
  notice: Notice,
): number {
  const now = ctx.clock();
  const unique = new Map(people.map((p) => [p.id, p]));
  let queued = 0;
  for (const person of unique.values()) {
    const sent = enqueue(db, {
      dedupeKey: `${notice.key}:${person.id}`,
      recipientId: person.id,
      kind: notice.kind,
      message: notice.message(localeOf(ctx, person)),
      ticketId: notice.ticketId ?? null,
      now,
    });
    if (sent) queued++;
  }
  return queued;
}

export function notifyPersonById(ctx: EngineContext, db: DbOrTx, personId: number, notice: Notice): number {
  const person = getPerson(db, personId);
  return person ? notifyPeople(ctx, db, [person], notice) : 0;
}

/** The flows whose confirmation books rooms (`creates: "booking"`), in menu order. */
export function bookingFlows(ctx: EngineContext) {
  return ctx.flows.all().filter((f) => f.creates === "booking");
}

/**
 * The post that handles room bookings: the first booking flow's post, unless the directory routes it
 * elsewhere. Undefined when no flow books rooms.
 */
export function bookingPostId(ctx: EngineContext): string | undefined {
  const flow = bookingFlows(ctx)[0];
  return flow ? routeToPost(flow.id, flow.post, ctx.directory.routes) : undefined;
}

/** The members of a post, and the office heads when `withHeads` (decisions only the office may take). */
export function postStaff(db: DbOrTx, postId: string, withHeads = false): Person[] {
  return [...membersOfPost(db, postId), ...(withHeads ? officeHeads(db) : [])];
}
