import { pruneUnsure } from "../db/queries/traffic.js";
import type { Job } from "../scheduler/job.js";

/** Every night, forgets unsure messages older than `keepDays` days; examples already adopted stay. */
export function unsurePruneJob(keepDays: number): Job {
  return {
    name: "unsure-prune",
    schedule: "20 3 * * *",
    run: (ctx, now) => {
      const removed = pruneUnsure(ctx.db, new Date(now.getTime() - keepDays * 86_400_000));
      if (removed > 0) ctx.log.info({ removed, keepDays }, "forgot old unsure messages");
    },
  };
}
