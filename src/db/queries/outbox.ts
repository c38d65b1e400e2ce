import { and, eq, gt, inArray, lt, lte, sql } from "drizzle-orm";
import type { OutgoingMessage } from "../../core/messages.js";
import type { QueuedReply } from "../../core/received.js";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { outbox } from "../schema.js";

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * `status = 'pending'` written out, not bound: SQLite uses the partial index `outbox_pending` only when the query
 * says its condition literally, and a bound `?` makes it read every row the outbox keeps (sent ones included).
 */
const isPending = sql`${outbox.status} = 'pending'`;

/**
 * `last_error` of a row while it is being handed to a channel. Still there at the next claim, it means the
 * process died mid-delivery: the message may or may not have arrived.
 */
export const deliveryInterrupted = "delivery interrupted: outcome unknown";

export interface Enqueue {
  dedupeKey: string;
  recipientId: number;
  kind: string;
  message: OutgoingMessage | QueuedReply;
  ticketId?: number | null;
  now: Date;
}

const insertRow = (db: DbOrTx) =>
  db
    .insert(outbox)
    .values({
      dedupeKey: sql.placeholder("dedupeKey"),
      recipientId: sql.placeholder("recipientId"),
      kind: sql.placeholder("kind"),
      content: sql.placeholder("content"),
      ticketId: sql.placeholder("ticketId"),
      status: "pending",
      nextAttemptAt: sql.placeholder("now"),
      createdAt: sql.placeholder("now"),
    })
    .onConflictDoNothing({ target: outbox.dedupeKey });

const insertReturningId = (db: DbOrTx) => insertRow(db).returning({ id: outbox.id }).prepare();
const insertReturningRow = (db: DbOrTx) => insertRow(db).returning().prepare();

const insertValues = (item: Enqueue) => ({
  dedupeKey: item.dedupeKey,
  recipientId: item.recipientId,
  kind: item.kind,
  content: { ...item.message },
  ticketId: item.ticketId ?? null,
  now: item.now,
});

/**
 * Queues a message; a second call with the same de-duplication key is ignored, so a retried change can never
 * produce a second message. Call it inside the transaction of the change that causes it.
 */
export function enqueue(db: DbOrTx, item: Enqueue): boolean {
  return preparedQuery(db, insertReturningId).get(insertValues(item)) !== undefined;
}

/** Like `enqueue`, returning the whole new row, to be handed on without reading it back. */
export function queueOutbox(db: DbOrTx, item: Enqueue): OutboxRow | undefined {
  return preparedQuery(db, insertReturningRow).get(insertValues(item));
}

/**
 * Makes the rows held with one of these `lastError`s due at once: deliveries a dead process had claimed
 * (`deliveryInterrupted`; at start-up no delivery of this process is in flight, so their leases protect
 * nothing), or rows held while their channel was down. Returns how many.
 */
export function releaseHeld(db: DbOrTx, lastErrors: readonly string[], now: Date): number {
  return db
    .update(outbox)
    .set({ nextAttemptAt: now })
    .where(and(isPending, inArray(outbox.lastError, [...lastErrors]), gt(outbox.nextAttemptAt, now)))
    .run().changes;
}

/**
 * A prepared read of the next message due at `now`, the dispatcher's hot path (after every turn). No LIMIT: a
 * bound `limit ?` makes SQLite plan the statement again on every run, and `get()` reads only the first row of
 * the index's order anyway.
 */
export function nextDueStatement(db: DbOrTx) {
  return db
    .select()
    .from(outbox)
    .where(and(isPending, lte(outbox.nextAttemptAt, sql.placeholder("now"))))
    .orderBy(outbox.nextAttemptAt, outbox.id)
    .prepare();
}

export type OutboxPatch = Partial<
  Pick<OutboxRow, "status" | "attempts" | "nextAttemptAt" | "sentAt" | "lastError">
>;

export function updateOutbox(db: DbOrTx, id: number, patch: OutboxPatch): void {
  db.update(outbox).set(patch).where(eq(outbox.id, id)).run();
}

const leaseById = (db: DbOrTx) =>
  db
    .update(outbox)
    .set({
      attempts: sql`${sql.placeholder("attempts")}`,
      nextAttemptAt: sql`${sql.placeholder("until")}`,
      lastError: deliveryInterrupted,
    })
    .where(
      and(
        eq(outbox.id, sql.placeholder("id")),
        sql`${outbox.attempts} = ${sql.placeholder("was")}`,
        isPending,
      ),
    )
    .prepare();

/**
 * Holds a pending row being handed to a channel until `until`, counting the attempt, marked as in delivery.
 * False when the row is no longer as read (another run claimed it, or it was sent meanwhile).
 */
export function leaseOutbox(db: DbOrTx, row: Pick<OutboxRow, "id" | "attempts">, until: Date): boolean {
  const { id, attempts } = row;
  return (
    preparedQuery(db, leaseById).run({ id, was: attempts, attempts: attempts + 1, until: until.getTime() })
      .changes === 1
  );
}

// 'sent' written out too: the row leaves one partial index for the other, which SQLite works out once, not per run.
const sentById = (db: DbOrTx) =>
  db
    .update(outbox)
    .set({ status: sql`'sent'`, sentAt: sql`${sql.placeholder("sentAt")}`, lastError: null })
    .where(eq(outbox.id, sql.placeholder("id")))
    .prepare();

/** A channel accepted the row's message. */
export function markOutboxSent(db: DbOrTx, id: number, sentAt: Date): void {
  preparedQuery(db, sentById).run({ id, sentAt: sentAt.getTime() });
}

/** Forgets messages sent before `before` (failed and pending ones stay); returns how many went. */
export function pruneSentOutbox(db: DbOrTx, before: Date): number {
  return db
    .delete(outbox)
    .where(and(eq(outbox.status, "sent"), lt(outbox.sentAt, before)))
    .run().changes;
}
