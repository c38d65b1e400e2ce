import { bookingsOfTicket } from "../db/queries/bookings.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { CommandScope } from "../services/command-scope.js";
import { roomTitle, slotText } from "./booking-format.js";
import { bookingTexts } from "./texts/index.js";

/** A line per room a ticket booked, for the ticket's details: "301会议室 11月30日 14:00–15:30｜待审批". */
export function bookingDetailLines(scope: CommandScope, ticket: Ticket): string[] {
  const { ctx, locale } = scope;
  return bookingsOfTicket(scope.tx, ticket.id).map((b) => {
    const status = bookingTexts(locale).status[b.status] ?? b.status;
    return `${roomTitle(scope.tx, b.roomId, locale)} ${slotText(ctx, { start: b.startAt, end: b.endAt }, locale)}｜${status}`;
  });
}
