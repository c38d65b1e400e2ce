import { pruneSentOutbox } from "../../db/queries/outbox.js";
import type { Job } from "../job.js";
import { retentionJob } from "../retention-job.js";

/**
 * Every night, deletes outbox messages sent more than `keepDays` days ago. A sent row is kept only for its
 * de-duplication key (a retried change must not send twice, a rating is reminded once) and for looking back
 * at what went out; those needs end well within the window. Failed and pending messages are never deleted.
 */
export function outboxPruneJob(keepDays: number): Job {
  return retentionJob({
    name: "outbox-prune",
    schedule: "45 3 * * *",
    keepDays,
    prune: pruneSentOutbox,
    logMessage: "deleted old sent outbox messages",
  });
}
