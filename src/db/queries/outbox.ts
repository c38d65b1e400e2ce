import { and, eq, lt, lte, sql } from "drizzle-orm";
import type { OutgoingMessage } from "../../core/messages.js";
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
  message: OutgoingMessage;
  ticketId?: number | null;
  now: Date;
}

/**
 * Queues a message; a second call with the same de-duplication key is ignored, so a retried change can never
 * produce a second message. Call it inside the transaction of the change that causes it.
 */
export function enqueue(db: DbOrTx, item: Enqueue): boolean {
  const result = db
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
    .run();
  return result.changes > 0;
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
