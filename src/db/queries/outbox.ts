import { and, eq, gt, inArray, lt, lte, sql } from "drizzle-orm";
import type { OutgoingMessage } from "../../core/messages.js";
import type { QueuedReply } from "../../core/received.js";
import type { DbOrTx } from "../database.js";
import { outbox } from "../schema.js";

export type OutboxRow = typeof outbox.$inferSelect;

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

/**
 * Queues a message; a second call with the same de-duplication key is ignored, so a retried change can never
 * produce a second message. Call it inside the transaction of the change that causes it.
 */
export function enqueue(db: DbOrTx, item: Enqueue): boolean {
  return insertOutbox(db, item) !== undefined;
}

/** Like `enqueue`, returning the new row's id (undefined when the key was already queued). */
export function insertOutbox(db: DbOrTx, item: Enqueue): number | undefined {
  return db
    .insert(outbox)
    .values({
      dedupeKey: item.dedupeKey,
      recipientId: item.recipientId,
      kind: item.kind,
      content: { ...item.message },
      ticketId: item.ticketId ?? null,
      status: "pending",
      nextAttemptAt: item.now,
      createdAt: item.now,
    })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id })
    .get()?.id;
}

/** The rows among `ids` (a turn's few replies) still waiting and due at `now`, oldest first. */
export function pendingAmong(db: DbOrTx, ids: readonly number[], now: Date): OutboxRow[] {
  return db
    .select()
    .from(outbox)
    .where(and(inArray(outbox.id, [...ids]), eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
    .orderBy(outbox.id)
    .all();
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
    .where(
      and(
        eq(outbox.status, "pending"),
        inArray(outbox.lastError, [...lastErrors]),
        gt(outbox.nextAttemptAt, now),
      ),
    )
    .run().changes;
}

/** A prepared read of the next message due at `now`, the dispatcher's hot path. */
export function nextDueStatement(db: DbOrTx) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, sql.placeholder("now"))))
    .orderBy(outbox.nextAttemptAt, outbox.id)
    .limit(1)
    .prepare();
}

export type OutboxPatch = Partial<
  Pick<OutboxRow, "status" | "attempts" | "nextAttemptAt" | "sentAt" | "lastError">
>;

export function updateOutbox(db: DbOrTx, id: number, patch: OutboxPatch): void {
  db.update(outbox).set(patch).where(eq(outbox.id, id)).run();
}

/** Forgets messages sent before `before` (failed and pending ones stay); returns how many went. */
export function pruneSentOutbox(db: DbOrTx, before: Date): number {
  return db
    .delete(outbox)
    .where(and(eq(outbox.status, "sent"), lt(outbox.sentAt, before)))
    .run().changes;
}
