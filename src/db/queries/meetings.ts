import { and, eq, isNull, lte } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { meetingAttendees, meetings, people } from "../schema.js";
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
