import { groupBy } from "../core/group-by.js";
import { upcomingBookingsOf } from "../db/queries/bookings.js";
import { getTicket } from "../db/queries/tickets.js";
import { commandText } from "./booking-command-words.js";
import { roomTitle, slotText } from "./booking-format.js";
import { type BookingOutcome, type BookingScope, say } from "./booking-outcome.js";
import { bookingTexts } from "./texts/index.js";

/** "我的预约": the person's upcoming bookings, a series as one line with its next date, and cancel buttons. */
export function myBookings(scope: BookingScope): BookingOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = bookingTexts(locale);
  const upcoming = upcomingBookingsOf(tx, person.id, ctx.clock());
  if (upcoming.length === 0) return say(t.noBookings);
  const groups = groupBy(upcoming, (b) => (b.ticketId === null ? `booking:${b.id}` : `ticket:${b.ticketId}`));
  const numbers: string[] = [];
  const lines = [...groups.values()].map((group) => {
    const next = group[0]!;
    const number = next.ticketId === null ? "—" : (getTicket(tx, next.ticketId)?.number ?? "—");
    if (number !== "—") numbers.push(number);
    const when = slotText(ctx, { start: next.startAt, end: next.endAt }, locale);
    const status = next.needsDisplacement ? t.needsDisplacement : (t.status[next.status] ?? next.status);
    return t.bookingLine(
      number,
      roomTitle(tx, next.roomId, locale),
      group.length > 1 ? t.seriesInfo(group.length, when) : when,
      status,
    );
  });
  const choices = numbers
    .slice(0, 5)
    .map((n) => ({ label: t.cancelButton(n), value: commandText("cancel", locale, n) }));
  return say([t.myBookingsTitle, ...lines].join("\n"), choices);
}
