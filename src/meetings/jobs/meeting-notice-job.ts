import { meetingsWithNoticeDue } from "../../db/queries/meetings.js";
import { getTicket } from "../../db/queries/tickets.js";
import { openStatuses } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { sendMeetingNotice } from "../meeting-notice.js";

/**
 * Every half hour: a cross-department meeting's notice and agenda go to its attendees 7 days before the
 * meeting (G5), once; a run after downtime sends every notice that came due meanwhile. Withdrawn or closed
 * meetings send none.
 */
export function meetingNoticeJob(): Job {
  return {
    name: "meeting-notice",
    schedule: "*/30 * * * *",
    run: (ctx, now) => void sendDueNotices(ctx, now),
  };
}

export function sendDueNotices(ctx: EngineContext, now: Date): number {
  const today = ctx.calendar.localDate(now);
  return writeAndNotify(ctx, (tx) => {
    let sent = 0;
    for (const meeting of meetingsWithNoticeDue(tx, today)) {
      const ticket = getTicket(tx, meeting.ticketId);
      if (!ticket || !openStatuses.includes(ticket.status)) continue;
      sent += sendMeetingNotice(ctx, tx, ticket, { tellRequester: true });
    }
    return sent;
  });
}
