import type { Locale } from "../core/locale.js";
import { type Booking, conflictsOf, updateBooking } from "../db/queries/bookings.js";
import { getTicket, type Ticket } from "../db/queries/tickets.js";
import { type DecisionWords, recordDecision } from "../tickets/ticket-decision.js";
import { mayDecide } from "./booking-access.js";
import { roomTitle, slotText } from "./booking-format.js";
import { notifyPersonById } from "./booking-notices.js";
import type { BookingOutcome, BookingScope, FoundBooking } from "./booking-outcome.js";
import { say } from "./booking-outcome.js";
import { rebookChoices } from "./booking-rebook.js";
import { tellWaitlist } from "./booking-waitlist.js";
import { bookingTexts } from "./texts/index.js";

const pendingOf = (found: FoundBooking, now: Date) =>
  found.bookings.filter((b) => b.status === "pending" && b.endAt > now);

/**
 * The office approves a booking (G6): every pending date of the ticket. A teaching booking held over
 * non-teaching ones displaces them now; their owners are told at once, with free alternatives.
 */
export function approveBooking(scope: BookingScope, found: FoundBooking, note: string): BookingOutcome {
  const { ctx, tx, person } = scope;
  const t = bookingTexts(scope.locale);
  const { ticket } = found;
  if (!mayDecide(person, ticket.postId)) return say(t.notAllowed);
  const now = ctx.clock();
  const pending = pendingOf(found, now);
  if (pending.length === 0) return say(t.nothingPending(ticket.number, currentStatus(found, scope.locale)));
  const pendingIds = pending.map((b) => b.id);
  const displace = new Map<number, Booking>();
  for (const b of pending.filter((p) => p.needsDisplacement)) {
    const others = conflictsOf(tx, b.roomId, b.startAt, b.endAt, pendingIds);
    const teaching = others.find((o) => o.teaching);
    if (teaching) return say(t.teachingInTheWay(ticket.number, teaching.purpose));
    for (const other of others) displace.set(other.id, other);
  }
  for (const other of displace.values()) {
    const moved = updateBooking(
      tx,
      other.id,
      {
        status: "cancelled",
        cancelCause: "displaced",
        decidedById: person.id,
        decisionReason: `teaching priority: ${ticket.number}`,
      },
      now,
    );
    tellDisplaced(scope, moved);
  }
  for (const b of pending) {
    updateBooking(
      tx,
      b.id,
      { status: "approved", needsDisplacement: false, decidedById: person.id, decisionReason: note || null },
      now,
    );
  }
  const first = pending[0]!;
  const slot = { start: first.startAt, end: first.endAt };
  const approved = (locale: Locale) => {
    const tr = bookingTexts(locale);
    const room = roomTitle(tx, first.roomId, locale);
    const hint = tr.checkInHint(ctx.settings.bookingCheckInMinutes, ticket.number);
    return [tr.approvedNote(room, slotText(ctx, slot, locale), pending.length), note, hint]
      .filter(Boolean)
      .join(tr.sentenceGap);
  };
  tellRequester(scope, ticket, "accept", {
    note: approved,
    notice: (locale) => bookingTexts(locale).approvedNotice(ticket.number, approved(locale)),
  });
  return say(t.approveDone(ticket.number, pending.length, displace.size));
}

/** The office rejects a booking with a reason (G6/G12); the slot frees up for the waitlist. */
export function rejectBooking(scope: BookingScope, found: FoundBooking, reason: string): BookingOutcome {
  const { ctx, tx, person } = scope;
  const t = bookingTexts(scope.locale);
  const { ticket } = found;
  if (!mayDecide(person, ticket.postId)) return say(t.notAllowed);
  if (!reason.trim()) return say(t.rejectNeedsReason(ticket.number));
  const now = ctx.clock();
  const pending = pendingOf(found, now);
  if (pending.length === 0) return say(t.nothingPending(ticket.number, currentStatus(found, scope.locale)));
  for (const b of pending) {
    updateBooking(tx, b.id, { status: "rejected", decidedById: person.id, decisionReason: reason }, now);
  }
  const first = pending[0]!;
  tellRequester(scope, ticket, "refuse", {
    note: () => reason,
    notice: (locale) =>
      bookingTexts(locale).rejectedNotice(
        ticket.number,
        roomTitle(tx, first.roomId, locale),
        slotText(ctx, { start: first.startAt, end: first.endAt }, locale),
        reason,
      ),
  });
  for (const b of pending) tellWaitlist(ctx, tx, b.roomId, { start: b.startAt, end: b.endAt });
  return say(t.rejectDone(ticket.number));
}

function currentStatus(found: FoundBooking, locale: BookingScope["locale"]): string {
  const t = bookingTexts(locale);
  const statuses = [...new Set(found.bookings.map((b) => t.status[b.status] ?? b.status))];
  return t.list(statuses);
}

/** Records the decision on the ticket (audit trail, SLA response met), which tells the requester. */
function tellRequester(
  scope: BookingScope,
  ticket: Ticket,
  action: "accept" | "refuse",
  words: DecisionWords,
) {
  recordDecision(scope.ctx, scope.tx, {
    ticket,
    actor: scope.person,
    action,
    words,
    kind: "booking-decision",
  });
}

function tellDisplaced(scope: BookingScope, booking: Booking) {
  const { ctx, tx } = scope;
  notifyPersonById(ctx, tx, booking.requesterId, {
    key: `booking-displaced:${booking.id}`,
    kind: "booking-displaced",
    ticketId: booking.ticketId,
    message: (locale) => {
      const t = bookingTexts(locale);
      const slot = { start: booking.startAt, end: booking.endAt };
      const number = ticketNumberOf(scope, booking);
      const choices = rebookChoices(ctx, tx, booking, number, locale);
      const head = t.displacedNotice(
        number,
        roomTitle(tx, booking.roomId, locale),
        slotText(ctx, slot, locale),
        t.displacedReason,
      );
      return {
        text: `${head}\n${choices.length > 0 ? t.rebookPrompt : t.rebookNone}`,
        choices,
        urgent: true,
      };
    },
  });
}

function ticketNumberOf(scope: BookingScope, booking: Booking): string {
  return booking.ticketId === null ? "" : (getTicket(scope.tx, booking.ticketId)?.number ?? "");
}
