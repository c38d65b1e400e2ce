import type { Locale } from "../core/locale.js";
import type { Choice } from "../core/messages.js";
import type { DbOrTx } from "../db/database.js";
import type { Booking } from "../db/queries/bookings.js";
import type { EngineContext } from "../engine/context.js";
import { commandText } from "./booking-command-words.js";
import { roomTitle, slotText } from "./booking-format.js";
import { findAlternatives } from "./find-alternatives.js";

/**
 * Free alternatives for a booking the office had to cancel (displaced, emergency), as buttons that move it:
 * each value is "改期 <number> <room> <time>", which re-checks the slot when pressed.
 */
export function rebookChoices(
  ctx: EngineContext,
  db: DbOrTx,
  booking: Booking,
  number: string,
  locale: Locale,
): Choice[] {
  if (!number) return [];
  const request = {
    roomId: booking.roomId,
    start: booking.startAt,
    end: booking.endAt,
    purpose: booking.purpose,
    teaching: booking.teaching,
    attendees: booking.attendees,
    equipment: booking.equipment,
  };
  return findAlternatives(ctx, db, request).map((a) => {
    const room = roomTitle(db, a.roomId, locale);
    const when = slotText(ctx, a, locale);
    return { label: `${room} ${when}`, value: commandText("reschedule", locale, number, room, when) };
  });
}
