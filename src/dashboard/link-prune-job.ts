import { pruneSpentLinks } from "../db/queries/dashboard.js";
import type { Job } from "../scheduler/job.js";

/** Every night, forgets the ids of used dashboard and download links that have expired since. */
export const linkPruneJob: Job = {
  name: "dashboard-link-prune",
  schedule: "20 3 * * *",
  run: (ctx, now) => {
    const removed = pruneSpentLinks(ctx.db, now);
    if (removed > 0) ctx.log.info({ removed }, "forgot expired dashboard links");
  },
};
