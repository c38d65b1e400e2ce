import { getBooking } from "../db/queries/bookings.js";
import { getMeeting } from "../db/queries/meetings.js";
import type { Ticket } from "../db/queries/tickets.js";
import { dayText, instantText, roomTitle, slotText } from "../rooms/booking-format.js";
import { bookingTexts } from "../rooms/texts/index.js";
import type { CommandScope } from "../services/command-scope.js";
import { meetingTexts } from "./texts/index.js";

/** A meeting's steps under its ticket's details (查询): the venue held, set-up, notice, minutes, clean-up. */
export function meetingDetailLines(scope: CommandScope, ticket: Ticket): string[] {
  const { ctx, tx, locale } = scope;
  const meeting = getMeeting(tx, ticket.id);
  if (!meeting) return [];
  const t = meetingTexts(locale);
  const at = (d: Date) => instantText(ctx, d, locale);
  const lines: string[] = [];
  const venue = meeting.bookingId === null ? undefined : getBooking(tx, meeting.bookingId);
  if (venue) {
    const status = bookingTexts(locale).status[venue.status] ?? venue.status;
    const when = slotText(ctx, { start: venue.startAt, end: venue.endAt }, locale);
    lines.push(t.venueLine(roomTitle(tx, venue.roomId, locale), when, status));
  }
  lines.push(t.setupLine(meeting.setupConfirmedAt ? at(meeting.setupConfirmedAt) : undefined));
  if (meeting.noticeDueOn) {
    const sent = meeting.noticeSentAt ? at(meeting.noticeSentAt) : undefined;
    lines.push(t.noticeLine(sent, dayText(ctx, meeting.noticeDueOn, locale)));
  }
  if (meeting.minutesAt) lines.push(t.minutesLine(at(meeting.minutesAt)));
  if (meeting.cleanedUpAt) lines.push(t.cleanupLine(at(meeting.cleanedUpAt)));
  return lines;
}
