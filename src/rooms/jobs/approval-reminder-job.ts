import { groupBy } from "../../core/group-by.js";
import { pendingBookings } from "../../db/queries/bookings.js";
import { getTicket, type Ticket } from "../../db/queries/tickets.js";
import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { decisionChoices } from "../booking-decision-choices.js";
import { instantText } from "../booking-format.js";
import { notifyPeople, postStaff } from "../booking-notices.js";
import { bookingTexts } from "../texts/index.js";

/**
 * Every half hour in working time: a booking still pending one working day after it was asked for reminds
 * the people who decide it (G6), once a day per booking ticket, with the approve/reject buttons.
 */
export function bookingApprovalReminderJob(): Job {
  return {
    name: "booking-approval-reminder",
    schedule: "*/30 * * * *",
    run: (ctx, now) => void remindApprovers(ctx, now),
  };
}

export function remindApprovers(ctx: EngineContext, now: Date): number {
  if (!ctx.calendar.isWorkingTime(now)) return 0;
  const today = ctx.calendar.localDate(now);
  return writeAndNotify(ctx, (tx) => {
    let sent = 0;
    for (const [ticketId, pending] of groupBy(pendingBookings(tx, now), (b) => b.ticketId)) {
      if (ticketId === null) continue;
      const ticket = getTicket(tx, ticketId);
      if (!ticket || ctx.calendar.add(ticket.createdAt, { days: 1 }) > now) continue;
      const displacing = pending.some((b) => b.needsDisplacement);
      sent += notifyPeople(ctx, tx, postStaff(tx, ticket.postId, displacing), {
        key: `booking-approval-reminder:${ticket.id}:${today}`,
        kind: "booking-approval-reminder",
        ticketId: ticket.id,
        message: (locale) => reminder(ctx, ticket, locale),
      });
    }
    return sent;
  });
}

function reminder(ctx: EngineContext, ticket: Ticket, locale: "zh" | "en") {
  const text = bookingTexts(locale).approvalReminder(
    ticket.number,
    ticket.summary,
    instantText(ctx, ticket.createdAt, locale),
  );
  return { text, choices: decisionChoices(ticket.number, locale), ticketNumber: ticket.number };
}
