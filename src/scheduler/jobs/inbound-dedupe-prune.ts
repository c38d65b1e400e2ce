import { pruneInboundSeen } from "../../db/queries/inbound-seen.js";
import type { Job } from "../job.js";

/**
 * Every night, forgets the ids of inbound messages seen more than `keepDays` days ago. They are kept only so
 * that a delivery Slack or WeChat repeats is handled once, and those repeats come within minutes or hours.
 */
export function inboundDedupePruneJob(keepDays: number): Job {
  return {
    name: "inbound-dedupe-prune",
    schedule: "15 3 * * *",
    run: (ctx, now) => {
      const removed = pruneInboundSeen(ctx.db, new Date(now.getTime() - keepDays * 86_400_000));
      if (removed > 0) ctx.log.info({ removed, keepDays }, "forgot old inbound message ids");
    },
  };
}
