import { DateTime } from "luxon";
import { expiredFiles } from "../../db/queries/archive.js";
import { officeHeads } from "../../db/queries/people.js";
import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { dailyAt } from "../../scheduler/job-options.js";
import { servingWorkingDay } from "../../scheduler/morning-window.js";
import { queueMessages } from "../../scheduler/queue-messages.js";
import { localeOf } from "../../tickets/ticket-notices.js";
import { fileTitle } from "../archive-filing.js";
import { archiveTexts } from "../texts/index.js";

/** The quarter a local date falls in, e.g. "2027-Q1". */
export function quarterOf(localDate: string): string {
  const day = DateTime.fromISO(localDate);
  return `${day.year}-Q${day.quarter}`;
}

/**
 * The quarterly archive review (G2): on the first working morning of each quarter that the bot runs, the office
 * head gets the list of archived files past their retention period (or word that there are none), with how to
 * ask for destruction. Runs every morning at `at`; the quarter's key makes it one review per quarter.
 */
export function archiveReviewJob(at: string): Job {
  return {
    name: "archive-review",
    schedule: dailyAt(at),
    run: (ctx, now) => void sendArchiveReview(ctx, now, at),
  };
}

export function sendArchiveReview(ctx: EngineContext, now: Date, at: string): number {
  const today = servingWorkingDay(ctx, now, at);
  if (!today) return 0;
  const quarter = quarterOf(today);
  return queueMessages(ctx, now, function* (tx) {
    const expired = expiredFiles(tx, today);
    for (const head of officeHeads(tx)) {
      const t = archiveTexts(localeOf(ctx, head));
      const lines = [t.reviewTitle(quarter, expired.length)];
      for (const f of expired) {
        const title = fileTitle(tx, { id: f.ticketId, summary: f.summary });
        lines.push(
          t.reviewLine(f.number, title, t.category[f.category] ?? f.category, f.expiresOn ?? "", f.location),
        );
      }
      if (expired.length > 0) lines.push(t.reviewHint);
      yield {
        dedupeKey: `archive-review:${quarter}:${head.id}`,
        recipientId: head.id,
        kind: "archive-review",
        message: { text: lines.join("\n") },
      };
    }
  });
}
