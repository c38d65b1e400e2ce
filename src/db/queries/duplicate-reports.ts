import { and, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { openStatusCondition, tickets } from "../schema.js";
import type { Ticket } from "./tickets.js";

/** A problem's place as the tickets table stores it (see `tickets.problemPlaceReversed`). */
export function storedProblemPlace(place: string | undefined): string {
  return place ? [...place].reverse().join("") : "";
}

// Two lookups on the `tickets_open_problem` index rather than one OR (or an ORDER BY), which the planner
// answers by scanning the service's tickets.
const openOf = (place: SQL) =>
  and(
    eq(tickets.type, sql.placeholder("type")),
    sql.raw(openStatusCondition),
    place,
    ne(tickets.requesterId, sql.placeholder("personId")),
  );
const openAtPlaces = (db: DbOrTx) =>
  db
    .select()
    .from(tickets)
    .where(
      openOf(
        sql`${tickets.problemPlaceReversed} in (select value from json_each(${sql.placeholder("places")}))`,
      ),
    )
    .prepare();
const openInRange = (db: DbOrTx) =>
  db
    .select()
    .from(tickets)
    .where(
      openOf(
        sql`${tickets.problemPlaceReversed} >= ${sql.placeholder("from")} and ${tickets.problemPlaceReversed} < ${sql.placeholder("to")}`,
      ),
    )
    .prepare();

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
  const query = preparedQuery(db, openAtPlaces);
  const found = query.all({ type, personId, places: JSON.stringify(places.map(storedProblemPlace)) });
  if (endingIn) {
    // Every stored place ending in `endingIn` starts with it backwards: the range [reversed, reversed + U+10FFFF).
    const from = storedProblemPlace(endingIn);
    const seen = new Set(found.map((t) => t.id));
    const longer = preparedQuery(db, openInRange).all({ type, personId, from, to: `${from}\u{10FFFF}` });
    for (const ticket of longer) if (!seen.has(ticket.id)) found.push(ticket);
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

/** Stores a ticket's problem place as `storedProblemPlace` gives it (null: its service looks for none). */
export function setProblemPlace(db: DbOrTx, ticketId: number, stored: string | null): void {
  db.update(tickets).set({ problemPlaceReversed: stored }).where(eq(tickets.id, ticketId)).run();
}
