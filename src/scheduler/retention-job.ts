import type { DbOrTx } from "../db/database.js";
import type { Job } from "./job.js";

export interface RetentionJobOptions {
  name: string;
  schedule: string;
  keepDays: number;
  /** Deletes the rows older than `before`; returns how many went. */
  prune(db: DbOrTx, before: Date): number;
  /** Logged when rows went, e.g. "forgot old inbound message ids". */
  logMessage: string;
}

/** A nightly job that deletes what is older than `keepDays` days. */
export function retentionJob(options: RetentionJobOptions): Job {
  return {
    name: options.name,
    schedule: options.schedule,
    run: (ctx, now) => {
      const removed = options.prune(ctx.db, new Date(now.getTime() - options.keepDays * 86_400_000));
      if (removed > 0) ctx.log.info({ removed, keepDays: options.keepDays }, options.logMessage);
    },
  };
}
