import type { Locale } from "../core/locale.js";
import type { Tx } from "../db/database.js";
import { attachmentNames } from "../db/queries/attachments.js";
import { attendeesOf, updateMeeting } from "../db/queries/meetings.js";
import { getPerson } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { roomTitle, slotText } from "../rooms/booking-format.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import { meetingValuesOf } from "./meeting-values.js";
import { meetingTexts } from "./texts/index.js";

/** Where a meeting is, in the reader's language: the room's name, or "—". */
export function meetingPlace(tx: Tx, place: string | null | undefined, locale: Locale): string {
  return place ? roomTitle(tx, place, locale) : "—";
}

/**
 * Sends a cross-department meeting's notice with its agenda (G5) to each attendee named, once, records when,
 * and (from the job) tells the requester. Returns how many attendees it went to.
 */
export function sendMeetingNotice(
  ctx: EngineContext,
  tx: Tx,
  ticket: Ticket,
  options: { tellRequester: boolean },
): number {
  const values = meetingValuesOf(ticket.fields);
  if (!values) return 0;
  const attendees = attendeesOf(tx, ticket.id);
  const organiser = getPerson(tx, ticket.requesterId)?.name ?? "";
  const files = attachmentNames(tx, ticket.id);
  const slot = { start: new Date(values.time.start), end: new Date(values.time.end) };
  const sent = notifyPeople(ctx, tx, attendees, {
    key: `meeting-notice:${ticket.id}`,
    kind: "meeting-notice",
    ticketId: ticket.id,
    message: (locale) => {
      const t = meetingTexts(locale);
      const lines = [
        t.notice(
          values.topic ?? ticket.summary,
          slotText(ctx, slot, locale),
          meetingPlace(tx, values.place, locale),
          organiser,
          ticket.number,
        ),
      ];
      if (values.materials) lines.push(t.agenda(values.materials));
      if (files.length > 0) lines.push(t.files(t.list(files)));
      return { text: lines.join("\n"), ticketNumber: ticket.number };
    },
  });
  updateMeeting(tx, ticket.id, { noticeSentAt: ctx.clock() });
  const requester = getPerson(tx, ticket.requesterId);
  if (requester && options.tellRequester) {
    notifyPeople(ctx, tx, [requester], {
      key: `meeting-notice-sent:${ticket.id}`,
      kind: "meeting-notice-sent",
      ticketId: ticket.id,
      message: (locale) => ({
        text: meetingTexts(locale).noticeSentToRequester(ticket.number, attendees.length),
        ticketNumber: ticket.number,
      }),
    });
  }
  return sent;
}
