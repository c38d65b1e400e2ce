import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { ticketDeadlines, tickets } from "../schema.js";
import type { Ticket, TicketDeadline } from "./tickets.js";

/** What the sweep and its messages read of a ticket (never its fields). */
export type AlertTicket = Pick<
  Ticket,
  "id" | "number" | "type" | "summary" | "status" | "postId" | "assigneeId"
>;

export interface DueDeadline {
  deadline: Pick<TicketDeadline, "id" | "milestone" | "dueAt" | "alertLevel">;
  ticket: AlertTicket;
}

const dueCondition = and(
  lte(ticketDeadlines.nextAlertAt, sql.placeholder("now")),
  isNull(ticketDeadlines.metAt),
  isNull(ticketDeadlines.pausedAt),
);

/**
 * The query behind `dueDeadlines`, with the placeholder `now` (UTC milliseconds). Its WHERE clause matches the
 * partial index `ticket_deadlines_next_alert`, so the cost follows the number of due rows, not of open tickets.
 */
export function dueDeadlinesQuery(db: DbOrTx) {
  return db
    .select({
      deadline: {
        id: ticketDeadlines.id,
        milestone: ticketDeadlines.milestone,
        dueAt: ticketDeadlines.dueAt,
        alertLevel: ticketDeadlines.alertLevel,
      },
      ticket: {
        id: tickets.id,
        number: tickets.number,
        type: tickets.type,
        summary: tickets.summary,
        status: tickets.status,
        postId: tickets.postId,
        assigneeId: tickets.assigneeId,
      },
    })
    .from(ticketDeadlines)
    .innerJoin(tickets, eq(tickets.id, ticketDeadlines.ticketId))
    .where(dueCondition)
    .orderBy(asc(ticketDeadlines.nextAlertAt), asc(ticketDeadlines.id));
}

const anyDue = (db: DbOrTx) =>
  db.select({ id: ticketDeadlines.id }).from(ticketDeadlines).where(dueCondition).limit(1).prepare();

/** Whether any clock is due at `now`: one step into the partial index (most minutes nothing is). */
export function anyDeadlineDue(db: DbOrTx, now: Date): boolean {
  return preparedQuery(db, anyDue).get({ now: now.getTime() }) !== undefined;
}

const preparedDue = (db: DbOrTx) => dueDeadlinesQuery(db).prepare();

/**
 * SLA clocks whose next alert is due: running (not met, not paused) with `nextAlertAt <= now`. The statement is
 * prepared once per connection (the sweep runs every minute); calling it inside a transaction of the same
 * connection reads that transaction's view.
 */
export function dueDeadlines(db: DbOrTx, now: Date): DueDeadline[] {
  return preparedQuery(db, preparedDue).all({ now: now.getTime() });
}

const alertState = (db: DbOrTx) =>
  db
    .update(ticketDeadlines)
    .set({ alertLevel: sql`${sql.placeholder("level")}`, nextAlertAt: sql`${sql.placeholder("next")}` })
    .where(eq(ticketDeadlines.id, sql.placeholder("id")))
    .prepare();

/**
 * Records that a clock's alerts up to `alertLevel` went out, and when the sweep must look at it again. Prepared
 * once per connection; call it inside the sweep's transaction.
 */
export function setAlertState(db: DbOrTx, id: number, alertLevel: number, nextAlertAt: Date | null): void {
  preparedQuery(db, alertState).run({ id, level: alertLevel, next: nextAlertAt?.getTime() ?? null });
}
