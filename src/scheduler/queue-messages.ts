import type { Tx } from "../db/database.js";
import { type Enqueue, enqueue } from "../db/queries/outbox.js";
import type { EngineContext } from "../engine/context.js";

export type QueuedMessage = Omit<Enqueue, "now">;

/**
 * Runs a job's writes in one IMMEDIATE transaction and wakes the dispatcher when `work` says it queued
 * something; returns that count.
 */
export function writeAndNotify(ctx: EngineContext, work: (tx: Tx) => number): number {
  const queued = ctx.db.transaction(work, { behavior: "immediate" });
  if (queued > 0) ctx.onOutbox?.();
  return queued;
}

/**
 * Queues the messages `build` returns in one write transaction and wakes the dispatcher; returns how many were
 * new (a de-duplication key already used counts as sent before).
 */
export function queueMessages(
  ctx: EngineContext,
  now: Date,
  build: (tx: Tx) => Iterable<QueuedMessage>,
): number {
  return writeAndNotify(ctx, (tx) => {
    let count = 0;
    for (const message of build(tx)) if (enqueue(tx, { ...message, now })) count++;
    return count;
  });
}
