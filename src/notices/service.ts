import type { Service } from "../services/service.js";
import { confirmTicket } from "../tickets/confirm-ticket.js";
import { newsDigestJobs } from "./jobs/news-digest-job.js";
import { noticeReviewReminderJob } from "./jobs/review-reminder-job.js";
import { noticeCommand } from "./notice-command-words.js";
import { noticesServiceId, parseNoticeCommand, runNoticeCommand } from "./notice-commands.js";
import { planNotice } from "./notice-confirm.js";
import { noticeDetailLines } from "./notice-details.js";
import { headPostId } from "./notice-parts.js";
import { publishingHint } from "./notice-publishing.js";
import { noticeTexts } from "./texts/index.js";

/**
 * Notices (G4): a request waits for the office head's review in chat (通过 / 退回), a major one then for the
 * supervising leader's sign-off (签发); only then does the notices desk get it, and it records each channel
 * as published (已发布 <no> 电子屏). Reminders when a review waits, and the weekly/monthly news digest.
 * Listed first, so "退回 <no>" on a notice under review is the reviewer's send-back; on any other ticket it is
 * handed to the services after it.
 */
export function noticesService(): Service {
  return {
    id: noticesServiceId,
    commands: { parse: parseNoticeCommand, run: runNoticeCommand },
    confirm: (ctx, tx, input) => confirmTicket(ctx, tx, input, planNotice(ctx, tx, input)),
    ticketDetails: noticeDetailLines,
    assignment(ticket, locale, ctx) {
      if (ticket.postId !== headPostId(ctx)) return publishingHint(ctx, ticket, locale);
      const t = noticeTexts(locale);
      return {
        hint: t.reviewHint(ticket.number),
        choices: [
          {
            label: t.approveButton,
            value: noticeCommand("approve", locale, ticket.number),
            style: "primary",
          },
          { label: t.sendBackButton, value: noticeCommand("sendBack", locale, ticket.number) },
        ],
      };
    },
    jobs: [noticeReviewReminderJob(), ...newsDigestJobs()],
  };
}
