import { setImmediate as nextTurn } from "node:timers/promises";
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

/** How many items a job with much to do (a long outage's catch-up) writes per transaction. */
export const batchSize = 200;

/**
 * `writeAndNotify` over `items`, `batchSize` per transaction with the event loop free in between, so a job with
 * thousands to do never holds up answering or Slack's acknowledgements; returns the sum of what `write` counted.
 * Each item must stand on its own: after a crash half way, the next run (de-duplication keys) does the rest.
 */
export async function writeInBatches<T>(
  ctx: EngineContext,
  items: readonly T[],
  write: (tx: Tx, item: T) => number,
): Promise<number> {
  let count = 0;
  for (let from = 0; from < items.length; from += batchSize) {
    if (from > 0) await nextTurn();
    count += writeAndNotify(ctx, (tx) =>
      items.slice(from, from + batchSize).reduce((n, item) => n + write(tx, item), 0),
    );
  }
  return count;
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
