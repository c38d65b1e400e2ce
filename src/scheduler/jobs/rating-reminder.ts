import { getPerson } from "../../db/queries/people.js";
import { unratedResolved } from "../../db/queries/rating-reminders.js";
import type { WorkingSpan } from "../../domain/sla-calendar.js";
import type { EngineContext } from "../../engine/context.js";
import { enqueueRatingPoll } from "../../tickets/ticket-lifecycle.js";
import type { Job } from "../job.js";
import { writeInBatches } from "../queue-messages.js";

export interface RatingReminderOptions {
  /** Working time after resolution before the reminder (default 1 working day). */
  after: WorkingSpan;
  /** Tickets resolved longer ago than this are left alone. */
  windowDays: number;
}

const day = 86_400_000;

/**
 * Every ten minutes: a requester who has not rated a resolved ticket one working day later is asked once
 * more. The reminder's de-duplication key makes it one per resolution whatever the number of runs, and the
 * query skips resolutions already reminded, so the job keeps nothing in memory.
 */
export function ratingReminderJob(options: RatingReminderOptions): Job {
  return {
    name: "rating-reminder",
    schedule: "*/10 * * * *",
    run: async (ctx, now) => void (await remindToRate(ctx, now, options)),
  };
}

/** Queues the reminders that are due, in batches (after a long outage there can be thousands); returns how many. */
export function remindToRate(ctx: EngineContext, now: Date, options: RatingReminderOptions): Promise<number> {
  const due = unratedResolved(ctx.db, new Date(now.getTime() - options.windowDays * day), now).filter(
    (ticket) => ticket.resolvedAt && ctx.calendar.add(ticket.resolvedAt, options.after) <= now,
  );
  return writeInBatches(ctx, due, (tx, ticket) => {
    const requester = getPerson(tx, ticket.requesterId);
    if (requester) enqueueRatingPoll(ctx, tx, ticket, requester, now, true);
    return 1;
  });
}
