import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../database.js";
import { ticketDeadlines, tickets } from "../schema.js";
import type { Ticket, TicketDeadline } from "./tickets.js";

export interface DueDeadline {
  deadline: TicketDeadline;
  ticket: Ticket;
}

/**
 * The query behind `dueDeadlines`, with the placeholder `now` (UTC milliseconds). Its WHERE clause matches the
 * partial index `ticket_deadlines_next_alert`, so the cost follows the number of due rows, not of open tickets.
 */
export function dueDeadlinesQuery(db: DbOrTx) {
  return db
    .select({ deadline: ticketDeadlines, ticket: tickets })
    .from(ticketDeadlines)
    .innerJoin(tickets, eq(tickets.id, ticketDeadlines.ticketId))
    .where(
      and(
        lte(ticketDeadlines.nextAlertAt, sql.placeholder("now")),
        isNull(ticketDeadlines.metAt),
        isNull(ticketDeadlines.pausedAt),
      ),
    )
    .orderBy(asc(ticketDeadlines.nextAlertAt), asc(ticketDeadlines.id));
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
