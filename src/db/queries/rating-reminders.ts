import { and, eq, gt, isNull, lt, lte, or } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { ratings, tickets } from "../schema.js";
import type { Ticket } from "./tickets.js";

/**
 * Tickets resolved in (`after`, `upTo`] whose requester has not rated this resolution yet (a rating from before
 * a reopen does not count).
 */
export function unratedResolved(db: DbOrTx, after: Date, upTo: Date): Ticket[] {
  return db
    .select({ ticket: tickets })
    .from(tickets)
    .leftJoin(ratings, eq(ratings.ticketId, tickets.id))
    .where(
      and(
        eq(tickets.status, "resolved"),
        gt(tickets.resolvedAt, after),
        lte(tickets.resolvedAt, upTo),
        or(isNull(ratings.id), lt(ratings.updatedAt, tickets.resolvedAt)),
      ),
    )
    .all()
    .map((r) => r.ticket);
}
