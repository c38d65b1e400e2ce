import { type Booking, conflictsOf, holdingStatuses, updateBooking } from "../db/queries/bookings.js";
import { transitions } from "../domain/ticket-status.js";
import { act } from "../tickets/ticket-lifecycle.js";
import { mayDecide } from "./booking-access.js";
import { commandText } from "./booking-command-words.js";
import { decisionChoices } from "./booking-decision-choices.js";
import { roomTitle, slotText } from "./booking-format.js";
import { limitProblem, limitText } from "./booking-limit-check.js";
import { notifyPeople, postStaff } from "./booking-notices.js";
import { type BookingOutcome, type BookingScope, type FoundBooking, say } from "./booking-outcome.js";
import { tellWaitlist } from "./booking-waitlist.js";
import type { Interval } from "./domain/booking-slot.js";
import { slotDecision } from "./domain/booking-slot.js";
import { findAlternatives } from "./find-alternatives.js";
import { bookingTexts } from "./texts/index.js";

const mayChange = (scope: BookingScope, found: FoundBooking) =>
  found.ticket.requesterId === scope.person.id || mayDecide(scope.person, found.ticket.postId);

/**
 * "取消预约 <number> [date]": cancels the bookings of that ticket that have not started (only that date's when
 * one is given). The meetings team is told, the waitlist hears of the free slot, and once nothing is left the
 * ticket itself is withdrawn.
 */
export function cancelBookings(
  scope: BookingScope,
  found: FoundBooking,
  date: string | undefined,
): BookingOutcome {
  const { ctx, tx, person } = scope;
  const t = bookingTexts(scope.locale);
  const { ticket } = found;
  if (!mayChange(scope, found)) return say(t.notYours(ticket.number));
  const now = ctx.clock();
  const holding = (b: Booking) => (holdingStatuses as readonly string[]).includes(b.status);
  const cancellable = found.bookings.filter(
    (b) =>
      holding(b) &&
      b.status !== "checked_in" &&
      b.startAt > now &&
      (!date || ctx.calendar.localDate(b.startAt) === date),
  );
  if (cancellable.length === 0) return say(t.nothingToCancelHere(ticket.number));
  for (const b of cancellable)
    updateBooking(tx, b.id, { status: "cancelled", cancelCause: "requester" }, now);
  const items = (locale: typeof scope.locale) =>
    bookingTexts(locale).list(
      cancellable.map(
        (b) =>
          `${roomTitle(tx, b.roomId, locale)} ${slotText(ctx, { start: b.startAt, end: b.endAt }, locale)}`,
      ),
    );
  notifyPeople(ctx, tx, postStaff(tx, ticket.postId), {
    key: `booking-cancelled:${ticket.id}:${now.getTime()}`,
    kind: "booking-cancelled",
    ticketId: ticket.id,
    message: (locale) => ({
      text: bookingTexts(locale).cancelNotice(person.name, ticket.number, items(locale)),
      ticketNumber: ticket.number,
    }),
  });
  for (const b of cancellable) tellWaitlist(ctx, tx, b.roomId, { start: b.startAt, end: b.endAt });
  const left = found.bookings.some((b) => holding(b) && !cancellable.includes(b));
  if (!left && person.id === ticket.requesterId && transitions.cancel.from.includes(ticket.status)) {
    act(
      ctx,
      {
        ticket,
        actor: person,
        action: "cancel",
        note: bookingTexts(scope.locale).cancelledBookings(ticket.number, items(scope.locale)),
      },
      tx,
    );
  }
  return say(t.cancelledBookings(ticket.number, items(scope.locale)));
}

export interface Reschedule {
  slot: Interval;
  /** A new room, when the requester named one. */
  roomId?: string | undefined;
}

/** The one booking a change applies to: a single booking, or the one date of a series the office cancelled. */
function movable(found: FoundBooking): Booking | undefined {
  if (found.bookings.length === 1) return found.bookings[0];
  const cancelledByOffice = found.bookings.filter(
    (b) => b.status === "cancelled" && b.cancelCause !== "requester" && b.cancelCause !== null,
  );
  return cancelledByOffice.length === 1 ? cancelledByOffice[0] : undefined;
}

/**
 * "改期 <number> [room] <time>": moves a booking after the same checks as a new one (limits, conflicts, teaching
 * priority). An approved booking goes back to the office for approval; one the office displaced or cancelled
 * in an emergency is brought back this way.
 */
export function rescheduleBooking(
  scope: BookingScope,
  found: FoundBooking,
  change: Reschedule,
): BookingOutcome {
  const { ctx, tx, person } = scope;
  const t = bookingTexts(scope.locale);
  const { ticket } = found;
  if (!mayChange(scope, found)) return say(t.notYours(ticket.number));
  const booking = movable(found);
  if (!booking) return say(t.rescheduleSeries(ticket.number));
  const now = ctx.clock();
  const officeCancelled =
    booking.status === "cancelled" &&
    (booking.cancelCause === "displaced" || booking.cancelCause === "emergency");
  const changeable = (booking.status === "pending" || booking.status === "approved") && booking.startAt > now;
  if (!changeable && !officeCancelled) return say(t.rescheduleNotAllowed(ticket.number));
  const roomId = change.roomId ?? booking.roomId;
  const request = {
    roomId,
    ...change.slot,
    purpose: booking.purpose,
    teaching: booking.teaching,
    attendees: booking.attendees,
    equipment: booking.equipment,
  };
  const limit = limitProblem(ctx, tx, {
    personId: booking.requesterId,
    slots: [change.slot],
    isNew: officeCancelled,
  });
  if (limit) return say(limitText(ctx, limit, scope.locale));
  const conflicts = conflictsOf(tx, roomId, change.slot.start, change.slot.end, [booking.id]);
  const decision = slotDecision(request, conflicts);
  if (decision === "taken") {
    const choices = findAlternatives(ctx, tx, request, { ignoreIds: [booking.id] }).map((a) => {
      const room = roomTitle(tx, a.roomId, scope.locale);
      const when = slotText(ctx, a, scope.locale);
      return {
        label: `${room} ${when}`,
        value: commandText("reschedule", scope.locale, ticket.number, room, when),
      };
    });
    const header = t.taken(roomTitle(tx, roomId, scope.locale), slotText(ctx, change.slot, scope.locale));
    return say(`${header}\n${choices.length > 0 ? t.pickAlternative : t.noAlternative}`, choices);
  }
  const moved = updateBooking(
    tx,
    booking.id,
    {
      roomId,
      startAt: change.slot.start,
      endAt: change.slot.end,
      status: "pending",
      cancelCause: null,
      needsDisplacement: decision === "displace",
      equipmentConfirmedAt: null,
      decidedById: null,
    },
    now,
  );
  if (!officeCancelled) tellWaitlist(ctx, tx, booking.roomId, { start: booking.startAt, end: booking.endAt });
  notifyPeople(ctx, tx, postStaff(tx, ticket.postId, decision === "displace"), {
    key: `booking-rescheduled:${moved.id}:${now.getTime()}`,
    kind: "booking-rescheduled",
    ticketId: ticket.id,
    message: (locale) => ({
      text: bookingTexts(locale).rescheduleNotice(
        person.name,
        ticket.number,
        roomTitle(tx, roomId, locale),
        slotText(ctx, change.slot, locale),
      ),
      choices: decisionChoices(ticket.number, locale),
      ticketNumber: ticket.number,
    }),
  });
  const done = t.rescheduled(
    ticket.number,
    roomTitle(tx, roomId, scope.locale),
    slotText(ctx, change.slot, scope.locale),
  );
  const displacing =
    decision === "displace" ? `\n${t.displacementHeld(t.list(conflicts.map((c) => c.purpose)))}` : "";
  return say(`${done}${displacing}`);
}
