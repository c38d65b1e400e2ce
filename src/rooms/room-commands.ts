import { upcomingBookingsOf } from "../db/queries/bookings.js";
import { getTicket } from "../db/queries/tickets.js";
import { ticketVisibility } from "../domain/routing.js";
import { activeRooms } from "../engine/form-runtime/field-context.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, runCommand } from "../tickets/ticket-commands.js";
import { parseDate } from "../understanding/parsers/date-time.js";
import { readRoomTime } from "./booking-args.js";
import { cancelBookings, rescheduleBooking } from "./booking-changes.js";
import { approveBooking, rejectBooking } from "./booking-decisions.js";
import { reallocate } from "./booking-emergency.js";
import { myBookings } from "./booking-list.js";
import { lookupBooking } from "./booking-lookup.js";
import { type BookingOutcome, type FoundBooking, say } from "./booking-outcome.js";
import { searchFreeRooms } from "./booking-search.js";
import { joinWaitlist } from "./booking-waitlist.js";
import { checkIn } from "./check-in.js";
import { checkInState } from "./domain/check-in-window.js";
import { confirmEquipment } from "./equipment-confirmation.js";
import type { BookingCommand } from "./room-command-parser.js";
import { bookingTexts } from "./texts/index.js";

export { type BookingCommand, parseBookingCommand } from "./room-command-parser.js";

/**
 * Runs a booking command inside the engine's write transaction. Refusal and withdrawal words typed for a
 * ticket that booked no room stay ordinary ticket commands.
 *
 * ```ts
 * const command = parseBookingCommand("批准 综合办-20261127-003");
 * if (command) return runBookingCommand(scope, command).replies;
 * ```
 */
export function runBookingCommand(scope: CommandScope, command: BookingCommand): CommandOutcome {
  switch (command.kind) {
    case "my-bookings":
      return myBookings(scope);
    case "free-rooms":
      return searchFreeRooms(scope, command.text);
    case "waitlist":
      return waitlist(scope, command.rest);
    case "emergency":
      return emergency(scope, command.rest);
    case "check-in":
      return command.number
        ? withBooking(scope, command.number, (found) => checkIn(scope, found))
        : checkInNow(scope);
    case "approve":
      return withBooking(scope, command.number, (found) => approveBooking(scope, found, command.note));
    case "reject":
      // "驳回/reject" of any other ticket means refusing it, as "退回/refuse" always did.
      return withBooking(
        scope,
        command.number,
        (found) => rejectBooking(scope, found, command.reason),
        () =>
          runCommand(scope, {
            kind: "ticket-action",
            action: "refuse",
            number: command.number,
            note: command.reason,
          }),
      );
    case "confirm-equipment":
      return withBooking(scope, command.number, (found) => confirmEquipment(scope, found, command.note));
    case "cancel":
      if (!command.number) return myBookings(scope);
      return withBooking(
        scope,
        command.number,
        (found) => cancelBookings(scope, found, dateIn(scope, command.rest)),
        () =>
          command.viaTicketWord
            ? runCommand(scope, {
                kind: "ticket-action",
                action: "cancel",
                number: command.number!,
                note: command.rest,
              })
            : undefined,
      );
    case "reschedule":
      return withBooking(scope, command.number, (found) => reschedule(scope, found, command.rest));
  }
}

function withBooking(
  scope: CommandScope,
  number: string,
  run: (found: FoundBooking) => BookingOutcome,
  otherTicket?: () => CommandOutcome | undefined,
): CommandOutcome {
  const t = texts(scope.locale);
  const found = lookupBooking(scope.tx, number);
  if (found.kind === "missing") return say(t.ticketNotFound(number));
  const viewer = { personId: scope.person.id, postIds: scope.person.postIds, isHead: scope.person.isHead };
  if (ticketVisibility(viewer, found.ticket) === "none") return say(t.ticketHidden(number));
  if (found.kind === "not-booking")
    return otherTicket?.() ?? say(bookingTexts(scope.locale).notABooking(number));
  return run(found);
}

/** "签到" without a number: the one booking of the sender's that is on now. */
function checkInNow(scope: CommandScope): CommandOutcome {
  const now = scope.ctx.clock();
  const soon = upcomingBookingsOf(scope.tx, scope.person.id, now).filter(
    (b) => b.ticketId !== null && checkInState({ start: b.startAt, end: b.endAt }, now) === "open",
  );
  const tickets = [...new Set(soon.map((b) => b.ticketId))];
  const number = tickets.length === 1 ? getTicket(scope.tx, tickets[0]!)?.number : undefined;
  if (!number) return myBookings(scope);
  return withBooking(scope, number, (found) => checkIn(scope, found));
}

function dateIn(scope: CommandScope, text: string): string | undefined {
  if (!text.trim()) return undefined;
  const { ctx } = scope;
  const parsed = parseDate(text, { now: ctx.clock(), timeZone: ctx.settings.timeZone });
  return parsed?.ok ? parsed.value : undefined;
}

function reschedule(scope: CommandScope, found: FoundBooking, rest: string): BookingOutcome {
  const t = bookingTexts(scope.locale);
  const args = readRoomTime(scope.ctx, rest);
  if (!args.slot) return say(t.rescheduleUsage(found.ticket.number));
  if (!args.slot.ok) return say(args.slot.error[scope.locale]);
  return rescheduleBooking(scope, found, { slot: args.slot.value, roomId: args.room?.id });
}

function roomList(scope: CommandScope): string {
  const t = bookingTexts(scope.locale);
  return t.list(activeRooms(scope.ctx).map((r) => (scope.locale === "en" ? (r.nameEn ?? r.name) : r.name)));
}

function waitlist(scope: CommandScope, rest: string): BookingOutcome {
  const t = bookingTexts(scope.locale);
  const args = readRoomTime(scope.ctx, rest);
  if (!rest.trim()) return say(t.waitlistUsage);
  if (!args.room) return say(t.unknownRoom(roomList(scope)));
  if (!args.slot) return say(t.waitlistUsage);
  if (!args.slot.ok) return say(args.slot.error[scope.locale]);
  return joinWaitlist(scope, args.room.id, args.slot.value);
}

function emergency(scope: CommandScope, rest: string): BookingOutcome {
  const { ctx, locale } = scope;
  const t = bookingTexts(locale);
  const args = readRoomTime(ctx, rest);
  if (!rest.trim() || !args.slot) return say(t.emergencyUsage);
  if (!args.room) return say(t.unknownRoom(roomList(scope)));
  if (!args.slot.ok) return say(args.slot.error[locale]);
  if (!args.rest) return say(t.emergencyUsage);
  return reallocate(scope, { roomId: args.room.id, slot: args.slot.value, reason: args.rest });
}
