import { reviewsWaitingSince, updateNotice } from "../../db/queries/notices.js";
import { getPerson } from "../../db/queries/people.js";
import { getTicket } from "../../db/queries/tickets.js";
import { isOpen } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import { instantText } from "../../rooms/booking-format.js";
import { notifyPeople } from "../../rooms/booking-notices.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { noticeCommand } from "../notice-command-words.js";
import { noticeTexts } from "../texts/index.js";

/**
 * Every half hour in working time: a notice that has waited one working day for the office head's review or
 * the leader's sign-off reminds that person once, with the buttons to decide it.
 */
export function noticeReviewReminderJob(): Job {
  return {
    name: "notice-review-reminder",
    schedule: "*/30 * * * *",
    run: (ctx, now) => void remindReviewers(ctx, now),
  };
}

export function remindReviewers(ctx: EngineContext, now: Date): number {
  if (!ctx.calendar.isWorkingTime(now)) return 0;
  return writeAndNotify(ctx, (tx) => {
    let sent = 0;
    for (const notice of reviewsWaitingSince(tx, now)) {
      if (ctx.calendar.add(notice.stageSince, { days: 1 }) > now) continue;
      const ticket = getTicket(tx, notice.ticketId);
      const reviewer = notice.reviewerId ? getPerson(tx, notice.reviewerId) : undefined;
      updateNotice(tx, notice.id, { remindedAt: now });
      if (!ticket || !isOpen(ticket.status) || !reviewer) continue;
      const signOff = notice.stage === "sign-off";
      sent += notifyPeople(ctx, tx, [reviewer], {
        key: `notice-review-reminder:${notice.id}:${notice.stageSince.getTime()}`,
        kind: "notice-review-reminder",
        ticketId: ticket.id,
        message: (locale) => {
          const t = noticeTexts(locale);
          const decide = signOff ? "signOff" : "approve";
          return {
            text: t.reviewReminder(
              ticket.number,
              notice.title,
              instantText(ctx, notice.stageSince, locale),
              signOff ? t.stepSignOff : t.stepReview,
            ),
            choices: [
              {
                label: signOff ? t.signOffButton : t.approveButton,
                value: noticeCommand(decide, locale, ticket.number),
                style: "primary",
              },
              { label: t.sendBackButton, value: noticeCommand("sendBack", locale, ticket.number) },
            ],
            ticketNumber: ticket.number,
          };
        },
      });
    }
    return sent;
  });
}
