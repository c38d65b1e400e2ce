import { attendeesOf, getMeeting, type Meeting, updateMeeting } from "../db/queries/meetings.js";
import { getPerson } from "../db/queries/people.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";
import { mayDecide } from "../rooms/booking-access.js";
import { instantText } from "../rooms/booking-format.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { act } from "../tickets/ticket-lifecycle.js";
import type { MeetingCommand } from "./meeting-command-parser.js";
import { type MeetingValues, meetingValuesOf } from "./meeting-values.js";
import { meetingTexts } from "./texts/index.js";

interface FoundMeeting {
  ticket: Ticket;
  meeting: Meeting;
  values: MeetingValues;
}

/** Runs a meetings-team command in the turn's transaction; only the ticket's post or the office head may. */
export function runMeetingCommand(scope: CommandScope, command: MeetingCommand): CommandOutcome {
  const t = meetingTexts(scope.locale);
  const ticket = getTicketByNumber(scope.tx, command.number);
  if (!ticket) return say(t.missing(command.number));
  const meeting = getMeeting(scope.tx, ticket.id);
  const values = meetingValuesOf(ticket.fields);
  if (!meeting || !values) return say(t.notAMeeting(ticket.number));
  if (!mayDecide(scope.person, ticket.postId)) return say(t.teamOnly);
  const found = { ticket, meeting, values };
  switch (command.kind) {
    case "setup-done":
      return confirmSetup(scope, found);
    case "minutes":
      return sendMinutes(scope, found, command.text);
    case "cleanup":
      return recordCleanup(scope, found);
  }
}

function confirmSetup(scope: CommandScope, { ticket, meeting, values }: FoundMeeting): CommandOutcome {
  const { ctx, tx, person } = scope;
  const t = meetingTexts(scope.locale);
  if (meeting.setupConfirmedAt)
    return say(t.setupAlready(ticket.number, instantText(ctx, meeting.setupConfirmedAt, scope.locale)));
  updateMeeting(tx, ticket.id, { setupConfirmedAt: ctx.clock(), setupConfirmedById: person.id });
  const requester = getPerson(tx, ticket.requesterId);
  notifyPeople(ctx, tx, requester ? [requester] : [], {
    key: `meeting-setup-done:${ticket.id}`,
    kind: "meeting-setup-done",
    ticketId: ticket.id,
    message: (locale) => ({
      text: meetingTexts(locale).setupDoneNotice(ticket.number, values.topic ?? ticket.summary, person.name),
      ticketNumber: ticket.number,
    }),
  });
  return say(t.setupConfirmed(ticket.number));
}

function sendMinutes(scope: CommandScope, { ticket, values }: FoundMeeting, text: string): CommandOutcome {
  const { ctx, tx, person } = scope;
  const t = meetingTexts(scope.locale);
  if (!text.trim()) return say(t.minutesUsage(ticket.number));
  const now = ctx.clock();
  const start = new Date(values.time.start);
  if (start > now) return say(t.minutesTooEarly(ticket.number, instantText(ctx, start, scope.locale)));
  updateMeeting(tx, ticket.id, { minutes: text, minutesAt: now, minutesById: person.id });
  const requester = getPerson(tx, ticket.requesterId);
  const readers = [...attendeesOf(tx, ticket.id), ...(requester ? [requester] : [])];
  const sent = notifyPeople(ctx, tx, readers, {
    key: `meeting-minutes:${ticket.id}:${now.getTime()}`,
    kind: "meeting-minutes",
    ticketId: ticket.id,
    message: (locale) => ({
      text: meetingTexts(locale).minutesNotice(ticket.number, values.topic ?? ticket.summary, text),
      ticketNumber: ticket.number,
    }),
  });
  return say(t.minutesSaved(ticket.number, sent));
}

function recordCleanup(scope: CommandScope, { ticket, meeting, values }: FoundMeeting): CommandOutcome {
  const { ctx, tx, person } = scope;
  const t = meetingTexts(scope.locale);
  if (meeting.cleanedUpAt) return say(t.cleanupAlready(ticket.number));
  const end = new Date(values.time.end);
  if (end > ctx.clock()) return say(t.cleanupTooEarly(ticket.number, instantText(ctx, end, scope.locale)));
  const resolved = act(ctx, { ticket, actor: person, action: "resolve", note: t.cleanupNote }, tx);
  if (!resolved.ok) return say(t.cannotClose(ticket.number));
  updateMeeting(tx, ticket.id, { cleanedUpAt: ctx.clock(), cleanedUpById: person.id });
  return say(t.cleanedUp(ticket.number));
}
