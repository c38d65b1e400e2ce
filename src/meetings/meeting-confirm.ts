import { DateTime } from "luxon";
import type { Tx } from "../db/database.js";
import { insertMeeting } from "../db/queries/meetings.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { peopleNamed } from "../people/named-people.js";
import { dayText, roomTitle, slotText } from "../rooms/booking-format.js";
import { planVenueHold, type VenueHold } from "../rooms/venue-hold.js";
import type { ConfirmInput, ConfirmStep } from "../services/service.js";
import { sendMeetingNotice } from "./meeting-notice.js";
import { type MeetingValues, meetingValuesOf } from "./meeting-values.js";
import { meetingTexts } from "./texts/index.js";

/** Days before a cross-department meeting that its notice and agenda go out (G5). */
export const noticeDaysAhead = 7;

/**
 * Checks a confirmed meeting arrangement inside the turn's write transaction: the people to notify must be
 * in the directory, and the venue is held through room booking with its conflict rules (taken → back to the
 * time with the nearest alternatives). Once the ticket exists: the venue held, the meeting and its attendees
 * recorded, and a notice that is already due sent at once.
 */
export function planMeeting(ctx: EngineContext, tx: Tx, input: ConfirmInput): ConfirmStep {
  const values = meetingValuesOf(input.values);
  if (!values) return { ok: true, commit: () => [] };
  const t = meetingTexts(input.locale);
  const { found, unknown } = peopleNamed(tx, values.invitees ?? []);
  if (unknown.length > 0) return backTo(input, "invitees", t.unknownInvitees(t.list(unknown)));
  const slot = { start: new Date(values.time.start), end: new Date(values.time.end) };
  let venue: VenueHold | undefined;
  if (values.place) {
    const label = (key: string) => input.flow.fields.find((f) => f.key === key)?.label[input.locale] ?? key;
    venue = planVenueHold(
      ctx,
      tx,
      {
        roomId: values.place,
        ...slot,
        purpose: values.topic ?? input.flow.title.zh,
        teaching: false,
        attendees: null,
        equipment: values.equipment ?? [],
      },
      input.locale,
      { room: label("place"), time: label("time") },
    );
    if (!venue.ok) return { ...backTo(input, "time", ""), replies: [venue.reply] };
  }
  const hold = venue?.ok ? venue : undefined;
  return {
    ok: true,
    commit: (ticket) => {
      const booking = hold?.hold(input.person.id);
      return recordMeeting(ctx, tx, input, ticket, values, {
        bookingId: booking?.id ?? null,
        attendeeIds: found.map((p) => p.id),
      });
    },
  };
}

function recordMeeting(
  ctx: EngineContext,
  tx: Tx,
  input: ConfirmInput,
  ticket: Ticket,
  values: MeetingValues,
  held: { bookingId: number | null; attendeeIds: number[] },
): string[] {
  const t = meetingTexts(input.locale);
  const start = new Date(values.time.start);
  const noticeDueOn =
    values.crossDepartment === true
      ? DateTime.fromISO(ctx.calendar.localDate(start)).minus({ days: noticeDaysAhead }).toISODate()
      : null;
  insertMeeting(tx, { ticketId: ticket.id, bookingId: held.bookingId, noticeDueOn }, held.attendeeIds);
  const lines: string[] = [];
  if (values.place && held.bookingId !== null) {
    const slot = { start, end: new Date(values.time.end) };
    lines.push(t.venueHeld(roomTitle(tx, values.place, input.locale), slotText(ctx, slot, input.locale)));
  }
  if (noticeDueOn) {
    const count = new Set(held.attendeeIds).size;
    if (ctx.calendar.localDate(ctx.clock()) >= noticeDueOn) {
      sendMeetingNotice(ctx, tx, ticket, { tellRequester: false });
      lines.push(t.noticeSentNow(count));
    } else {
      lines.push(t.noticeScheduled(dayText(ctx, noticeDueOn, input.locale), count));
    }
  }
  return lines;
}

function backTo(input: ConfirmInput, step: string, text: string): ConfirmStep & { ok: false } {
  const values = { ...input.values };
  delete values[step];
  return { ok: false, values, state: { step, changing: undefined }, replies: [{ text }] };
}
