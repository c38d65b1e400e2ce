import type { Tx } from "../db/database.js";
import { type Booking, unconfirmedEquipmentBookings, updateBooking } from "../db/queries/bookings.js";
import { getTicket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { commandText } from "./booking-command-words.js";
import { roomTitle, slotText } from "./booking-format.js";
import { notifyPeople, notifyPersonById, postStaff } from "./booking-notices.js";
import { type BookingOutcome, type BookingScope, type FoundBooking, say } from "./booking-outcome.js";
import { isWorkingDayBefore } from "./domain/booking-schedule.js";
import { bookingTexts } from "./texts/index.js";

const needsEquipment = (b: Booking) =>
  b.equipment.length > 0 && (b.status === "pending" || b.status === "approved");

/**
 * On the working day before a booking (G6), its requester is asked to confirm the equipment it needs, once
 * per booking, with a button. A Monday booking is asked about on Friday. Returns how many were asked.
 */
export function askEquipmentConfirmations(ctx: EngineContext, tx: Tx, now: Date): number {
  const today = ctx.calendar.localDate(now);
  if (!ctx.calendar.isWorkingDay(today)) return 0;
  const horizon = new Date(now.getTime() + 10 * 24 * 60 * 60_000);
  const upcoming = unconfirmedEquipmentBookings(tx, now, horizon).filter(
    (b) => needsEquipment(b) && b.ticketId !== null,
  );
  let asked = 0;
  for (const b of upcoming) {
    const day = ctx.calendar.localDate(b.startAt);
    if (!isWorkingDayBefore(today, day, (d) => ctx.calendar.isWorkingDay(d))) continue;
    const number = getTicket(tx, b.ticketId!)?.number ?? "";
    asked += notifyPersonById(ctx, tx, b.requesterId, {
      key: `booking-equipment:${b.id}:${day}`,
      kind: "booking-equipment",
      ticketId: b.ticketId,
      message: (locale) => {
        const t = bookingTexts(locale);
        const slot = { start: b.startAt, end: b.endAt };
        return {
          text: t.equipmentQuestion(
            number,
            roomTitle(tx, b.roomId, locale),
            slotText(ctx, slot, locale),
            t.list(b.equipment),
          ),
          choices: [
            {
              label: t.equipmentButton,
              value: commandText("confirmEquipment", locale, number),
              style: "primary",
            },
          ],
          ticketNumber: number,
        };
      },
    });
  }
  return asked;
}

/**
 * "确认设备 <number> [changes]": the requester confirms the equipment of the ticket's next booking that needs
 * some; the meetings team is told, with any changes.
 */
export function confirmEquipment(scope: BookingScope, found: FoundBooking, note: string): BookingOutcome {
  const { ctx, tx, person } = scope;
  const t = bookingTexts(scope.locale);
  const { ticket } = found;
  if (ticket.requesterId !== person.id) return say(t.notYours(ticket.number));
  const now = ctx.clock();
  const next = found.bookings.find((b) => needsEquipment(b) && b.endAt > now);
  if (!next) return say(t.noEquipment(ticket.number));
  updateBooking(tx, next.id, { equipmentConfirmedAt: now }, now);
  notifyPeople(ctx, tx, postStaff(tx, ticket.postId), {
    key: `booking-equipment-confirmed:${next.id}:${now.getTime()}`,
    kind: "booking-equipment-confirmed",
    ticketId: ticket.id,
    message: (locale) => {
      const tl = bookingTexts(locale);
      const slot = { start: next.startAt, end: next.endAt };
      const text = tl.equipmentNotice(
        person.name,
        ticket.number,
        roomTitle(tx, next.roomId, locale),
        slotText(ctx, slot, locale),
        tl.list(next.equipment),
        note,
      );
      return { text, ticketNumber: ticket.number };
    },
  });
  return say(t.equipmentConfirmed(ticket.number));
}
