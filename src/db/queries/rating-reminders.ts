import { and, eq, gt, isNull, lt, lte, notExists, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { outbox, ratings, tickets } from "../schema.js";
import type { Ticket } from "./tickets.js";

/** The de-duplication key of a resolution's rating poll, and of its one reminder. */
export function ratingPollKey(ticketId: number, resolvedAt: Date | null, reminder: boolean): string {
  return `rate:${ticketId}:${resolvedAt?.getTime() ?? 0}${reminder ? ":reminder" : ""}`;
}

/** What the reminder needs of a resolved ticket (its fields are never read). */
export type UnratedResolution = Pick<Ticket, "id" | "number" | "requesterId" | "resolvedAt">;

/** The reminder's query (exported for its query-plan test). */
export function unratedResolvedQuery(db: DbOrTx) {
  return db
    .select({
      id: tickets.id,
      number: tickets.number,
      requesterId: tickets.requesterId,
      resolvedAt: tickets.resolvedAt,
    })
    .from(tickets)
    .leftJoin(ratings, eq(ratings.ticketId, tickets.id))
    .where(
      and(
        eq(tickets.status, "resolved"),
        gt(tickets.resolvedAt, sql.placeholder("after")),
        lte(tickets.resolvedAt, sql.placeholder("upTo")),
        or(isNull(ratings.id), lt(ratings.updatedAt, tickets.resolvedAt)),
        notExists(
          db
            .select({ id: outbox.id })
            .from(outbox)
            .where(
              eq(
                outbox.dedupeKey,
                sql`'rate:' || ${tickets.id} || ':' || ${tickets.resolvedAt} || ':reminder'`,
              ),
            ),
        ),
      ),
    );
}

const preparedUnrated = (db: DbOrTx) => unratedResolvedQuery(db).prepare();

/**
 * Tickets resolved in (`after`, `upTo`] whose requester has not rated this resolution yet (a rating from before
 * a reopen does not count) and has not been reminded (the reminder's outbox row, by its key). Prepared once per
 * connection.
 */
export function unratedResolved(db: DbOrTx, after: Date, upTo: Date): UnratedResolution[] {
  return preparedQuery(db, preparedUnrated).all({ after: after.getTime(), upTo: upTo.getTime() });
}
