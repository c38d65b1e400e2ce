import type { Tx } from "../db/database.js";
import { type Booking, bookingsOfTicket } from "../db/queries/bookings.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";

export type BookingLookup =
  | { kind: "missing" }
  | { kind: "not-booking"; ticket: Ticket }
  | { kind: "booking"; ticket: Ticket; bookings: Booking[] };

/** A ticket by its number and, when it booked rooms, its bookings (one, or a recurring series). */
export function lookupBooking(tx: Tx, number: string): BookingLookup {
  const ticket = getTicketByNumber(tx, number);
  if (!ticket) return { kind: "missing" };
  const bookings = bookingsOfTicket(tx, ticket.id);
  return bookings.length > 0 ? { kind: "booking", ticket, bookings } : { kind: "not-booking", ticket };
}
