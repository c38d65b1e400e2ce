import { and, asc, eq, isNull, lte } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { ticketDeadlines, tickets } from "../schema.js";
import type { Ticket, TicketDeadline } from "./tickets.js";

export interface DueDeadline {
  deadline: TicketDeadline;
  ticket: Ticket;
}

/**
 * SLA clocks whose next alert is due: running (not met, not paused) with `nextAlertAt <= now`. The WHERE clause
 * matches the partial index `ticket_deadlines_next_alert`, so the cost follows the number of due rows, not the
 * number of open tickets.
 */
export function dueDeadlines(db: DbOrTx, now: Date): DueDeadline[] {
  return db
    .select({ deadline: ticketDeadlines, ticket: tickets })
    .from(ticketDeadlines)
    .innerJoin(tickets, eq(tickets.id, ticketDeadlines.ticketId))
    .where(dueCondition(now))
    .orderBy(asc(ticketDeadlines.nextAlertAt), asc(ticketDeadlines.id))
    .all();
}

export function dueCondition(now: Date) {
  return and(
    lte(ticketDeadlines.nextAlertAt, now),
    isNull(ticketDeadlines.metAt),
    isNull(ticketDeadlines.pausedAt),
  );
}

/** Records that a clock's alerts up to `alertLevel` went out, and when the sweep must look at it again. */
export function setAlertState(db: DbOrTx, id: number, alertLevel: number, nextAlertAt: Date | null): void {
  db.update(ticketDeadlines).set({ alertLevel, nextAlertAt }).where(eq(ticketDeadlines.id, id)).run();
}
