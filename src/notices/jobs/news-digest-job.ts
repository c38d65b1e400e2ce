import { membersOfPost, officeHeads } from "../../db/queries/people.js";
import type { EngineContext } from "../../engine/context.js";
import { notifyPeople } from "../../rooms/booking-notices.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { type DigestPeriod, digestSpan, newsDigestText } from "../news-digest.js";
import { deskPostId } from "../notice-parts.js";

/**
 * G4's department-news digest: Monday 09:00 for the week before, the 1st at 09:10 for the month before, to the
 * office head and the notices desk.
 */
export function newsDigestJobs(): Job[] {
  return [
    {
      name: "news-digest-weekly",
      schedule: "0 9 * * 1",
      run: (ctx, now) => void sendNewsDigest(ctx, now, "week"),
    },
    {
      name: "news-digest-monthly",
      schedule: "10 9 1 * *",
      run: (ctx, now) => void sendNewsDigest(ctx, now, "month"),
    },
  ];
}

export function sendNewsDigest(ctx: EngineContext, now: Date, period: DigestPeriod): number {
  if (!ctx.flows.get("notice")) return 0;
  const span = digestSpan(ctx, now, period, true);
  return writeAndNotify(ctx, (tx) =>
    notifyPeople(ctx, tx, [...officeHeads(tx), ...membersOfPost(tx, deskPostId(ctx, "notice"))], {
      key: `news-digest:${period}:${span.from.getTime()}`,
      kind: "news-digest",
      message: (locale) => ({ text: newsDigestText(ctx, tx, span, locale) }),
    }),
  );
}
