import type { Tx } from "../../db/database.js";
import { getMeeting } from "../../db/queries/meetings.js";
import { membersOfPost } from "../../db/queries/people.js";
import type { Ticket } from "../../db/queries/tickets.js";
import { ticketsOfTypes } from "../../db/queries/tickets.js";
import { openStatuses } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import { slotText } from "../../rooms/booking-format.js";
import { notifyPeople } from "../../rooms/booking-notices.js";
import { workingDaysBefore } from "../../rooms/domain/booking-schedule.js";
import type { Job } from "../../scheduler/job.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { meetingCommandText } from "../meeting-command-words.js";
import { meetingPlace } from "../meeting-notice.js";
import { type MeetingValues, meetingFlowKind, meetingValuesOf } from "../meeting-values.js";
import { meetingTexts } from "../texts/index.js";

/** Working days before a meeting by which the room is set up and the equipment tested (G3). */
export const setupWorkingDaysAhead = 3;

/**
 * Every half hour in working time: 3 working days before a meeting arrangement (a flow that `creates: "meeting"`),
 * its post (the meetings team) gets the set-up task with the place, time and equipment and a button to confirm
 * it is done (`布置完成 <no>`); once per meeting time, and not once it is confirmed.
 */
export function meetingSetupJob(): Job {
  return {
    name: "meeting-setup",
    schedule: "*/30 * * * *",
    run: (ctx, now) => void assignMeetingSetups(ctx, now),
  };
}

export function assignMeetingSetups(ctx: EngineContext, now: Date): number {
  if (!ctx.calendar.isWorkingTime(now)) return 0;
  const today = ctx.calendar.localDate(now);
  const isWorkingDay = (d: string) => ctx.calendar.isWorkingDay(d);
  return writeAndNotify(ctx, (tx) => {
    const meetingFlows = ctx.flows.all().filter((f) => f.creates === meetingFlowKind);
    const open = ticketsOfTypes(
      tx,
      meetingFlows.map((f) => f.id),
      openStatuses,
    );
    let queued = 0;
    for (const ticket of open) {
      const values = meetingValuesOf(ticket.fields);
      if (!values || getMeeting(tx, ticket.id)?.setupConfirmedAt) continue;
      const start = new Date(values.time.start);
      if (start <= now) continue;
      const setupDay = workingDaysBefore(ctx.calendar.localDate(start), setupWorkingDaysAhead, isWorkingDay);
      if (today < setupDay) continue;
      queued += notifyPeople(ctx, tx, membersOfPost(tx, ticket.postId), {
        key: `meeting-setup:${ticket.id}:${values.time.start}`,
        kind: "meeting-setup",
        ticketId: ticket.id,
        message: (locale) => setupTask(ctx, tx, ticket, values, locale),
      });
    }
    return queued;
  });
}

function setupTask(ctx: EngineContext, tx: Tx, ticket: Ticket, values: MeetingValues, locale: "zh" | "en") {
  const t = meetingTexts(locale);
  const slot = { start: new Date(values.time.start), end: new Date(values.time.end) };
  const items = values.equipment?.length ? t.list(values.equipment) : "—";
  const text = t.setupTask(
    ticket.number,
    values.topic ?? ticket.summary,
    slotText(ctx, slot, locale),
    meetingPlace(tx, values.place, locale),
    items,
  );
  const choices = [
    {
      label: t.setupButton,
      value: meetingCommandText("setupDone", locale, ticket.number),
      style: "primary" as const,
    },
  ];
  return { text, choices, ticketNumber: ticket.number };
}
