import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../database.js";
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

const prepared = new WeakMap<Db, ReturnType<ReturnType<typeof dueDeadlinesQuery>["prepare"]>>();

/**
 * SLA clocks whose next alert is due: running (not met, not paused) with `nextAlertAt <= now`. The statement is
 * prepared once per connection (the sweep runs every minute); calling it inside a transaction of the same
 * connection reads that transaction's view.
 */
export function dueDeadlines(db: Db, now: Date): DueDeadline[] {
  let statement = prepared.get(db);
  if (!statement) {
    statement = dueDeadlinesQuery(db).prepare();
    prepared.set(db, statement);
  }
  return statement.all({ now: now.getTime() });
}

function alertStateQuery(db: Db) {
  return db
    .update(ticketDeadlines)
    .set({ alertLevel: sql`${sql.placeholder("level")}`, nextAlertAt: sql`${sql.placeholder("next")}` })
    .where(eq(ticketDeadlines.id, sql.placeholder("id")))
    .prepare();
}

const preparedAlertState = new WeakMap<Db, ReturnType<typeof alertStateQuery>>();

/**
 * Records that a clock's alerts up to `alertLevel` went out, and when the sweep must look at it again. Prepared
 * once per connection; call it inside the sweep's transaction on the same connection.
 */
export function setAlertState(db: Db, id: number, alertLevel: number, nextAlertAt: Date | null): void {
  let statement = preparedAlertState.get(db);
  if (!statement) {
    statement = alertStateQuery(db);
    preparedAlertState.set(db, statement);
  }
  statement.run({ id, level: alertLevel, next: nextAlertAt?.getTime() ?? null });
}
