import type { EngineSettings } from "../engine/context.js";
import type { Job } from "./job.js";
import { defaultJobOptions, type JobOptions } from "./job-options.js";
import { conversationTimeoutJob } from "./jobs/conversation-timeout.js";
import { dailyDigestJob } from "./jobs/daily-digest.js";
import { holidayArrangementReminderJob } from "./jobs/holiday-arrangement-reminder.js";
import { inboundDedupePruneJob } from "./jobs/inbound-dedupe-prune.js";
import { outboxPruneJob } from "./jobs/outbox-prune.js";
import { overdueSweepJob } from "./jobs/overdue-sweep.js";
import { ratingReminderJob } from "./jobs/rating-reminder.js";

/**
 * The office's scheduled jobs, tuned by `options` (defaults in `defaultJobOptions`).
 *
 * ```ts
 * new Scheduler({ ctx, dispatcher, clock, jobs: defaultJobs(ctx.settings, { escalateAfter: { hours: 2 } }) });
 * ```
 */
export function defaultJobs(settings: EngineSettings, options: Partial<JobOptions> = {}): Job[] {
  const o: JobOptions = { ...defaultJobOptions, ...options };
  const morning = o.morningAt ?? settings.workStart;
  return [
    overdueSweepJob({ escalateAfter: o.escalateAfter, digestThreshold: o.digestThreshold }),
    conversationTimeoutJob(),
    ratingReminderJob({ after: o.ratingReminderAfter, windowDays: o.ratingReminderWindowDays }),
    dailyDigestJob(morning),
    holidayArrangementReminderJob(morning, o.directoryFolder),
    inboundDedupePruneJob(o.inboundKeepDays),
    // A reminded resolution is known by its sent reminder: keep sent rows longer than the reminder's window.
    outboxPruneJob(Math.max(o.outboxKeepDays, o.ratingReminderWindowDays + 1)),
  ];
}
