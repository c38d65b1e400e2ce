import { z } from "zod";
import { membersOfPost } from "../../db/queries/people.js";
import type { Ticket } from "../../db/queries/tickets.js";
import { ticketsOfTypes } from "../../db/queries/tickets.js";
import { openStatuses } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { roomTitle, slotText } from "../booking-format.js";
import { notifyPeople } from "../booking-notices.js";
import { workingDaysBefore } from "../domain/booking-schedule.js";
import { bookingTexts } from "../texts/index.js";

const meetingFields = z.object({
  topic: z.string().optional(),
  time: z.object({ start: z.string(), end: z.string() }),
  place: z.string().nullish(),
  equipment: z.array(z.string()).nullish(),
});

/** Working days before a meeting by which the room is set up and the equipment tested (G3). */
export const setupWorkingDaysAhead = 3;

/**
 * Every half hour in working time: 3 working days before a meeting arrangement (a flow that `creates: "meeting"`), its post
 * (the meetings team) gets the set-up task with the place, time and equipment; once per meeting time.
 */
export function bookingMeetingSetupJob(): Job {
  return {
    name: "booking-meeting-setup",
    schedule: "*/30 * * * *",
    run: (ctx, now) => void assignMeetingSetups(ctx, now),
  };
}

export function assignMeetingSetups(ctx: EngineContext, now: Date): number {
  if (!ctx.calendar.isWorkingTime(now)) return 0;
  const today = ctx.calendar.localDate(now);
  const isWorkingDay = (d: string) => ctx.calendar.isWorkingDay(d);
  return writeAndNotify(ctx, (tx) => {
    const meetingFlows = ctx.flows.all().filter((f) => f.creates === "meeting");
    const open = ticketsOfTypes(
      tx,
      meetingFlows.map((f) => f.id),
      openStatuses,
    );
    let queued = 0;
    for (const ticket of open) {
      const fields = meetingFields.safeParse(ticket.fields);
      if (!fields.success) continue;
      const start = new Date(fields.data.time.start);
      if (start <= now) continue;
      const setupDay = workingDaysBefore(ctx.calendar.localDate(start), setupWorkingDaysAhead, isWorkingDay);
      if (today < setupDay) continue;
      queued += notifyPeople(ctx, tx, membersOfPost(tx, ticket.postId), {
        key: `meeting-setup:${ticket.id}:${fields.data.time.start}`,
        kind: "meeting-setup",
        ticketId: ticket.id,
        message: (locale) => setupTask(ctx, tx, ticket, fields.data, locale),
      });
    }
    return queued;
  });
}

function setupTask(
  ctx: EngineContext,
  tx: Parameters<typeof roomTitle>[0],
  ticket: Ticket,
  fields: z.infer<typeof meetingFields>,
  locale: "zh" | "en",
) {
  const t = bookingTexts(locale);
  const slot = { start: new Date(fields.time.start), end: new Date(fields.time.end) };
  const place = fields.place ? roomTitle(tx, fields.place, locale) : "—";
  const items = fields.equipment?.length ? t.list(fields.equipment) : "—";
  const text = t.setupTask(
    ticket.number,
    fields.topic ?? ticket.summary,
    slotText(ctx, slot, locale),
    place,
    items,
  );
  return { text, ticketNumber: ticket.number };
}
