import type { Locale } from "../core/locale.js";
import { type Booking, conflictsOf, insertBooking, updateBooking } from "../db/queries/bookings.js";
import { getTicket } from "../db/queries/tickets.js";
import { activeRooms } from "../engine/form-runtime/field-context.js";
import { isBookingOffice } from "./booking-access.js";
import { roomTitle, slotText } from "./booking-format.js";
import { notifyPersonById } from "./booking-notices.js";
import { type BookingOutcome, type BookingScope, say } from "./booking-outcome.js";
import { rebookChoices } from "./booking-rebook.js";
import { similarRooms } from "./domain/alternative-slots.js";
import type { Interval } from "./domain/booking-slot.js";
import { bookingTexts } from "./texts/index.js";

export interface Emergency {
  roomId: string;
  slot: Interval;
  reason: string;
}

/**
 * Emergency reallocation by the office (G6): the room is taken for the emergency at once; every booking in the
 * way moves to a similar free room at the same time, or is cancelled when none is free, and each owner is told
 * why, with alternatives for a cancelled one.
 */
export function reallocate(scope: BookingScope, e: Emergency): BookingOutcome {
  const { ctx, tx, person } = scope;
  const t = bookingTexts(scope.locale);
  if (!isBookingOffice(ctx, person)) return say(t.officeOnly);
  const now = ctx.clock();
  const affected = conflictsOf(tx, e.roomId, e.slot.start, e.slot.end);
  for (const b of affected) updateBooking(tx, b.id, { status: "cancelled", cancelCause: "emergency" }, now);
  insertBooking(tx, {
    request: {
      roomId: e.roomId,
      ...e.slot,
      purpose: t.emergencyPurpose(e.reason),
      teaching: false,
      attendees: null,
      equipment: [],
    },
    requesterId: person.id,
    ticketId: null,
    now,
    status: "approved",
  });
  let moved = 0;
  for (const b of affected) {
    const target = similarRooms(activeRooms(ctx), {
      roomId: b.roomId,
      attendees: b.attendees,
      equipment: b.equipment,
    }).find((room) => conflictsOf(tx, room.id, b.startAt, b.endAt).length === 0);
    const after = target
      ? updateBooking(
          tx,
          b.id,
          { status: b.status, cancelCause: null, roomId: target.id, decisionReason: e.reason },
          now,
        )
      : updateBooking(tx, b.id, { decidedById: person.id, decisionReason: e.reason }, now);
    if (target) moved++;
    tellAffected(scope, b, after, e.reason);
  }
  const room = roomTitle(tx, e.roomId, scope.locale);
  const when = slotText(ctx, e.slot, scope.locale);
  if (affected.length === 0) return say(t.emergencyNothing(room, when));
  return say(t.emergencyDone(room, when, moved, affected.length - moved));
}

function tellAffected(scope: BookingScope, before: Booking, after: Booking, reason: string) {
  const { ctx, tx } = scope;
  const number = before.ticketId === null ? "" : (getTicket(tx, before.ticketId)?.number ?? "");
  notifyPersonById(ctx, tx, before.requesterId, {
    key: `booking-emergency:${before.id}:${ctx.clock().getTime()}`,
    kind: "booking-emergency",
    ticketId: before.ticketId,
    message: (locale: Locale) => {
      const t = bookingTexts(locale);
      const when = slotText(ctx, { start: before.startAt, end: before.endAt }, locale);
      const from = roomTitle(tx, before.roomId, locale);
      if (after.status !== "cancelled") {
        return {
          text: t.emergencyMoved(number, from, roomTitle(tx, after.roomId, locale), when, reason),
          urgent: true,
        };
      }
      const choices = rebookChoices(ctx, tx, after, number, locale);
      const text = `${t.emergencyCancelled(number, from, when, reason)}\n${choices.length > 0 ? t.rebookPrompt : t.rebookNone}`;
      return { text, choices, urgent: true };
    },
  });
}
