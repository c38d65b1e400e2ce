import { leadsDue, updateLead } from "../../db/queries/leads.js";
import { getPerson } from "../../db/queries/people.js";
import { getTicket } from "../../db/queries/tickets.js";
import { isOpen } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import { instantText } from "../../rooms/booking-format.js";
import { notifyPeople } from "../../rooms/booking-notices.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { reminderSpan } from "../lead-commands.js";
import { leadTexts } from "../texts/index.js";

/**
 * Every half hour in working time: a lead who has not reported progress for a working day is asked for it
 * (G14), until the ticket is resolved; a closed ticket ends its lead.
 */
export function leadProgressReminderJob(): Job {
  return {
    name: "lead-progress-reminder",
    schedule: "*/30 * * * *",
    run: (ctx, now) => void remindLeads(ctx, now),
  };
}

export function remindLeads(ctx: EngineContext, now: Date): number {
  if (!ctx.calendar.isWorkingTime(now)) return 0;
  return writeAndNotify(ctx, (tx) => {
    let sent = 0;
    for (const lead of leadsDue(tx, now)) {
      const ticket = getTicket(tx, lead.ticketId);
      if (!ticket || !isOpen(ticket.status)) {
        updateLead(tx, lead.id, { endedAt: now });
        continue;
      }
      updateLead(tx, lead.id, { nextReminderAt: ctx.calendar.add(now, reminderSpan) });
      const person = getPerson(tx, lead.leadId);
      if (!person) continue;
      sent += notifyPeople(ctx, tx, [person], {
        key: `lead-reminder:${lead.id}:${now.getTime()}`,
        kind: "lead-reminder",
        ticketId: ticket.id,
        message: (locale) => {
          const t = leadTexts(locale);
          const since = lead.lastUpdateAt ? instantText(ctx, lead.lastUpdateAt, locale) : t.neverUpdated;
          return { text: t.reminder(ticket.number, ticket.summary, since), ticketNumber: ticket.number };
        },
      });
    }
    return sent;
  });
}
