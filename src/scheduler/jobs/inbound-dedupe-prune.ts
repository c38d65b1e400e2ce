import { pruneInboundSeen } from "../../db/queries/inbound-seen.js";
import type { Job } from "../job.js";
import { retentionJob } from "../retention-job.js";

/**
 * Every night, forgets the ids of inbound messages seen more than `keepDays` days ago. They are kept only so
 * that a delivery Slack or WeChat repeats is handled once, and those repeats come within minutes or hours.
 */
export function inboundDedupePruneJob(keepDays: number): Job {
  return retentionJob({
    name: "inbound-dedupe-prune",
    schedule: "15 3 * * *",
    keepDays,
    prune: pruneInboundSeen,
    logMessage: "forgot old inbound message ids",
  });
}
