import { pruneUnsure } from "../db/queries/traffic.js";
import type { Job } from "../scheduler/job.js";
import { retentionJob } from "../scheduler/retention-job.js";

/** Every night, forgets unsure messages older than `keepDays` days; examples already adopted stay. */
export function unsurePruneJob(keepDays: number): Job {
  return retentionJob({
    name: "unsure-prune",
    schedule: "20 3 * * *",
    keepDays,
    prune: pruneUnsure,
    logMessage: "forgot old unsure messages",
  });
}
