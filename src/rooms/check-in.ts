import type { DbOrTx, Tx } from "../db/database.js";
import { type Booking, bookingsStartingBetween, updateBooking } from "../db/queries/bookings.js";
import { getTicket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { mayDecide } from "./booking-access.js";
import { commandText } from "./booking-command-words.js";
import { instantText, roomTitle, slotText } from "./booking-format.js";
import { notifyPersonById } from "./booking-notices.js";
import { type BookingOutcome, type BookingScope, type FoundBooking, say } from "./booking-outcome.js";
import { tellWaitlist } from "./booking-waitlist.js";
import { checkInState, checkInWindow, dueForRelease } from "./domain/check-in-window.js";
import { bookingTexts } from "./texts/index.js";

const waitingForCheckIn = ["pending", "approved"] as const;

/** "签到 <number>": checks in to the booking of that ticket that is on now (G6: check in on time). */
export function checkIn(scope: BookingScope, found: FoundBooking): BookingOutcome {
  const { ctx, tx, person } = scope;
  const t = bookingTexts(scope.locale);
  const { ticket } = found;
  if (ticket.requesterId !== person.id && !mayDecide(person, ticket.postId))
    return say(t.notYours(ticket.number));
  const now = ctx.clock();
  const open = found.bookings.filter((b) => checkInState({ start: b.startAt, end: b.endAt }, now) === "open");
  if (open.some((b) => b.status === "checked_in")) return say(t.alreadyCheckedIn(ticket.number));
  const current = open.find((b) => (waitingForCheckIn as readonly string[]).includes(b.status));
  if (!current) {
    const next = found.bookings.find(
      (b) => (waitingForCheckIn as readonly string[]).includes(b.status) && b.startAt > now,
    );
    if (next) {
      const opens = checkInWindow({ start: next.startAt, end: next.endAt }, 0).opensAt;
      return say(t.checkInTooEarly(ticket.number, instantText(ctx, opens, scope.locale)));
    }
    return say(t.nothingToCheckIn(ticket.number));
  }
  updateBooking(tx, current.id, { status: "checked_in", checkedInAt: now }, now);
  const slot = { start: current.startAt, end: current.endAt };
  return say(t.checkedIn(roomTitle(tx, current.roomId, scope.locale), slotText(ctx, slot, scope.locale)));
}

/** How far back the sweeps look, so a scheduler that was down for a while still catches up. */
const lookBackMs = 7 * 24 * 60 * 60_000;

/** Bookings that started by `now` and wait for a check-in; office holds (no ticket) need none. */
function startedWithoutCheckIn(tx: DbOrTx, now: Date): Booking[] {
  return bookingsStartingBetween(
    tx,
    waitingForCheckIn,
    new Date(now.getTime() - lookBackMs),
    new Date(now.getTime() + 1),
  ).filter((b) => b.ticketId !== null);
}

/** A reminder at the start (once per booking), with a check-in button. Returns how many were sent. */
export function remindCheckIns(ctx: EngineContext, tx: Tx, now: Date): number {
  const grace = ctx.settings.bookingCheckInMinutes;
  let sent = 0;
  for (const b of startedWithoutCheckIn(tx, now)) {
    if (dueForRelease({ start: b.startAt, end: b.endAt }, now, grace)) continue;
    const number = getTicket(tx, b.ticketId!)?.number ?? "";
    sent += notifyPersonById(ctx, tx, b.requesterId, {
      key: `booking-checkin:${b.id}`,
      kind: "booking-checkin",
      ticketId: b.ticketId,
      message: (locale) => {
        const t = bookingTexts(locale);
        const slot = { start: b.startAt, end: b.endAt };
        return {
          text: t.checkInReminder(
            number,
            roomTitle(tx, b.roomId, locale),
            slotText(ctx, slot, locale),
            grace,
          ),
          choices: [
            { label: t.checkInButton, value: commandText("checkIn", locale, number), style: "primary" },
          ],
          ticketNumber: number,
        };
      },
    });
  }
  return sent;
}

/**
 * Releases every booking nobody checked in to within the grace period: the booker is told, and so is everyone
 * waiting for that room while the rest of the slot is still ahead. Returns the released bookings.
 */
export function releaseNoShows(ctx: EngineContext, tx: Tx, now: Date): Booking[] {
  const grace = ctx.settings.bookingCheckInMinutes;
  const released: Booking[] = [];
  for (const b of startedWithoutCheckIn(tx, now)) {
    if (!dueForRelease({ start: b.startAt, end: b.endAt }, now, grace)) continue;
    released.push(updateBooking(tx, b.id, { status: "released" }, now));
    if (b.endAt <= now) continue;
    const number = getTicket(tx, b.ticketId!)?.number ?? "";
    notifyPersonById(ctx, tx, b.requesterId, {
      key: `booking-released:${b.id}`,
      kind: "booking-released",
      ticketId: b.ticketId,
      message: (locale) => {
        const slot = { start: b.startAt, end: b.endAt };
        const text = bookingTexts(locale).released(
          number,
          roomTitle(tx, b.roomId, locale),
          slotText(ctx, slot, locale),
          grace,
        );
        return { text, ticketNumber: number };
      },
    });
    tellWaitlist(ctx, tx, b.roomId, { start: now, end: b.endAt });
  }
  return released;
}

/** Bookings that should have been released by now but were not (the release sweep is not running). */
export function overdueReleases(ctx: EngineContext, tx: DbOrTx, now: Date): number {
  const grace = ctx.settings.bookingCheckInMinutes;
  return startedWithoutCheckIn(tx, now).filter((b) =>
    dueForRelease({ start: b.startAt, end: b.endAt }, now, grace),
  ).length;
}
