import { and, eq, gte, inArray, isNull, lt, ne, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { openStatusCondition, tickets } from "../schema.js";
import type { Ticket } from "./tickets.js";

/** A problem's place as the tickets table stores it (see `tickets.problemPlaceReversed`). */
export function storedProblemPlace(place: string | undefined): string {
  return place ? [...place].reverse().join("") : "";
}

/**
 * A service's open tickets someone else filed whose problem place is one of `places`, or ends in `endingIn`,
 * newest first: the few candidates a new report may repeat, found on the `tickets_open_problem` index.
 */
export function openTicketsAtPlace(
  db: DbOrTx,
  type: string,
  personId: number,
  places: readonly string[],
  endingIn?: string,
): Ticket[] {
  const stored = tickets.problemPlaceReversed;
  // Two lookups on the index rather than one OR (or an ORDER BY), which the planner answers by scanning.
  const where = (place: SQL | undefined) =>
    and(eq(tickets.type, type), sql.raw(openStatusCondition), place, ne(tickets.requesterId, personId));
  const found = db
    .select()
    .from(tickets)
    .where(where(inArray(stored, places.map(storedProblemPlace))))
    .all();
  if (endingIn) {
    // Every stored place ending in `endingIn` starts with it backwards: the range [reversed, reversed + U+10FFFF).
    const reversed = storedProblemPlace(endingIn);
    const seen = new Set(found.map((t) => t.id));
    const longer = where(and(gte(stored, reversed), lt(stored, `${reversed}\u{10FFFF}`)));
    for (const ticket of db.select().from(tickets).where(longer).all())
      if (!seen.has(ticket.id)) found.push(ticket);
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Open tickets of these services whose problem place was never worked out (filed before it was stored). */
export function openTicketsWithoutPlace(db: DbOrTx, types: readonly string[]): Ticket[] {
  return db
    .select()
    .from(tickets)
    .where(
      and(
        inArray(tickets.type, [...types]),
        sql.raw(openStatusCondition),
        isNull(tickets.problemPlaceReversed),
      ),
    )
    .all();
}

export function setProblemPlace(db: DbOrTx, ticketId: number, place: string | undefined): void {
  db.update(tickets)
    .set({ problemPlaceReversed: storedProblemPlace(place) })
    .where(eq(tickets.id, ticketId))
    .run();
}
