import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { bookings, people, tickets } from "../schema.js";

const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

/** A meeting arrangement (G3, G5): the room it holds and each step the meetings team records. */
export const meetings = sqliteTable("meetings", {
  ticketId: integer("ticket_id")
    .primaryKey()
    .references(() => tickets.id, { onDelete: "cascade" }),
  /** The venue held through room booking; null when no room was named. */
  bookingId: integer("booking_id").references(() => bookings.id, { onDelete: "set null" }),
  /** Local date from which the cross-department notice goes out (7 days ahead); null for other meetings. */
  noticeDueOn: text("notice_due_on"),
  noticeSentAt: instant("notice_sent_at"),
  setupConfirmedAt: instant("setup_confirmed_at"),
  setupConfirmedById: integer("setup_confirmed_by_id").references(() => people.id),
  minutes: text("minutes"),
  minutesAt: instant("minutes_at"),
  minutesById: integer("minutes_by_id").references(() => people.id),
  cleanedUpAt: instant("cleaned_up_at"),
  cleanedUpById: integer("cleaned_up_by_id").references(() => people.id),
});

/** The people a meeting's notice and minutes go to. */
export const meetingAttendees = sqliteTable(
  "meeting_attendees",
  {
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.personId] }),
    index("meeting_attendees_person").on(t.personId),
  ],
);
