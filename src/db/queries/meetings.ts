import { and, eq, inArray, isNull, lte } from "drizzle-orm";
import type { TicketStatus } from "../../domain/ticket-status.js";
import type { DbOrTx } from "../database.js";
import { bookings, meetingAttendees, meetings, people, tickets } from "../schema.js";
import { type Booking, holdingStatuses } from "./bookings.js";
import type { Person } from "./people.js";

export type Meeting = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;

/** Records a meeting arrangement with the people its notice and minutes go to. */
export function insertMeeting(db: DbOrTx, meeting: NewMeeting, attendeeIds: readonly number[]): Meeting {
  const row = db.insert(meetings).values(meeting).returning().get();
  for (const personId of new Set(attendeeIds)) {
    db.insert(meetingAttendees).values({ ticketId: row.ticketId, personId }).run();
  }
  return row;
}

export function getMeeting(db: DbOrTx, ticketId: number): Meeting | undefined {
  return db.select().from(meetings).where(eq(meetings.ticketId, ticketId)).get();
}

export function updateMeeting(
  db: DbOrTx,
  ticketId: number,
  patch: Partial<Omit<NewMeeting, "ticketId">>,
): Meeting {
  return db.update(meetings).set(patch).where(eq(meetings.ticketId, ticketId)).returning().get();
}

export function attendeesOf(db: DbOrTx, ticketId: number): Person[] {
  return db
    .select({ person: people })
    .from(meetingAttendees)
    .innerJoin(people, eq(people.id, meetingAttendees.personId))
    .where(eq(meetingAttendees.ticketId, ticketId))
    .all()
    .map((r) => r.person);
}

/** Meetings whose notice is due on or before `today` (a local date) and has not gone out. */
export function meetingsWithNoticeDue(db: DbOrTx, today: string): Meeting[] {
  return db
    .select()
    .from(meetings)
    .where(and(lte(meetings.noticeDueOn, today), isNull(meetings.noticeSentAt)))
    .all();
}

/** Venues still held for meetings whose ticket is in one of `statuses` (withdrawn, refused, referred). */
export function venuesHeldFor(db: DbOrTx, statuses: readonly TicketStatus[]): Booking[] {
  return db
    .select({ booking: bookings })
    .from(meetings)
    .innerJoin(tickets, eq(tickets.id, meetings.ticketId))
    .innerJoin(bookings, eq(bookings.id, meetings.bookingId))
    .where(and(inArray(tickets.status, [...statuses]), inArray(bookings.status, [...holdingStatuses])))
    .all()
    .map((r) => r.booking);
}
