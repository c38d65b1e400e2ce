import type { Tx } from "../db/database.js";
import { bookingsOfTicket, holdingStatuses } from "../db/queries/bookings.js";
import { getPerson } from "../db/queries/people.js";
import { ticketsOfTypes } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { act } from "../tickets/ticket-lifecycle.js";
import { localeOf } from "../tickets/ticket-notices.js";
import { bookingFlows } from "./booking-notices.js";
import { bookingTexts } from "./texts/index.js";

const tookPlace = new Set(["approved", "checked_in", "released"]);

/**
 * Resolves approved booking requests whose last booked slot is over, so they leave the meetings team's queue
 * and the requester is asked to rate the service (G15). A request whose bookings were all moved away by the
 * office stays open for rebooking.
 */
export function resolveFinishedBookings(ctx: EngineContext, tx: Tx, now: Date): number {
  const flowIds = bookingFlows(ctx).map((f) => f.id);
  if (flowIds.length === 0) return 0;
  const open = ticketsOfTypes(tx, flowIds, ["accepted", "in_progress"]);
  let resolved = 0;
  for (const ticket of open) {
    const slots = bookingsOfTicket(tx, ticket.id);
    const ahead = slots.some(
      (b) => (holdingStatuses as readonly string[]).includes(b.status) && b.endAt > now,
    );
    const used = slots.some((b) => tookPlace.has(b.status) && b.endAt <= now);
    if (ahead || !used) continue;
    const requester = getPerson(tx, ticket.requesterId);
    const note = bookingTexts(requester ? localeOf(ctx, requester) : ctx.settings.defaultLocale).finishedNote;
    if (act(ctx, { ticket, actor: "system", action: "resolve", note }, tx).ok) resolved++;
  }
  return resolved;
}
