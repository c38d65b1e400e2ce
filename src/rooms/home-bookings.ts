import { upcomingBookingsWithRooms } from "../db/queries/bookings.js";
import type { HomeBooking } from "../engine/views/home-view.js";
import type { CommandScope } from "../services/command-scope.js";
import { formatTimeRange } from "../understanding/parsers/date-time.js";
import { bookingTexts } from "./texts/index.js";

/** A person's bookings still ahead, for their home page. */
export function upcomingBookings(scope: CommandScope & { now: Date }): HomeBooking[] {
  const { tx, locale, now, ctx } = scope;
  const rows = upcomingBookingsWithRooms(tx, scope.person.id, now);
  return rows.map(({ booking, room }) => ({
    room: locale === "en" ? (room.nameEn ?? room.name) : room.name,
    when: formatTimeRange(
      { start: booking.startAt, end: booking.endAt },
      { timeZone: ctx.settings.timeZone, locale, now },
    ),
    purpose: booking.purpose,
    status: bookingTexts(locale).status[booking.status] ?? booking.status,
  }));
}
