import type { Locale } from "../core/locale.js";
import type { ReplyDraft } from "../core/messages.js";
import type { Tx } from "../db/database.js";
import { type Booking, type BookingRequest, conflictsOf } from "../db/queries/bookings.js";
import type { EngineContext } from "../engine/context.js";
import { roomTitle, slotText } from "./booking-format.js";
import { reserveIn } from "./booking-reserve.js";
import { slotDecision } from "./domain/booking-slot.js";
import { findAlternatives } from "./find-alternatives.js";
import { bookingTexts } from "./texts/index.js";

/** The labels of the form's room and time fields, so a picked alternative fills both ("会议地点：报告厅"). */
export interface SlotFieldLabels {
  room: string;
  time: string;
}

/**
 * "Taken" with the nearest free alternatives (same room at other times, similar rooms at the same time), each
 * a choice whose value is the form's room and time lines.
 */
export function slotTakenReply(
  ctx: EngineContext,
  tx: Tx,
  request: BookingRequest,
  locale: Locale,
  labels: SlotFieldLabels,
): ReplyDraft {
  const t = bookingTexts(locale);
  const sep = locale === "zh" ? "：" : ": ";
  const choices = findAlternatives(ctx, tx, request).map((a) => {
    const room = roomTitle(tx, a.roomId, locale);
    const when = slotText(ctx, a, locale);
    return { label: `${room} ${when}`, value: `${labels.room}${sep}${room}\n${labels.time}${sep}${when}` };
  });
  const header = t.taken(roomTitle(tx, request.roomId, locale), slotText(ctx, request, locale));
  return {
    text: `${header}\n${choices.length > 0 ? t.pickAlternative : t.noAlternative}`,
    ...(choices.length > 0 ? { choices } : {}),
  };
}

export type VenueHold = { ok: false; reply: ReplyDraft } | { ok: true; hold(requesterId: number): Booking };

/**
 * A venue for something the office itself arranges (a meeting), checked inside the turn's write transaction
 * with room booking's conflict rules: a slot others hold is refused with the nearest alternatives; a free one
 * is held by `hold` as an approved office booking with no ticket of its own, so bookings for that slot are
 * refused in turn and no check-in or approval step applies to it.
 *
 * ```ts
 * const venue = planVenueHold(ctx, tx, request, "zh", { room: "会议地点", time: "会议时间" });
 * if (venue.ok) venue.hold(requester.id); else replies.push(venue.reply);
 * ```
 */
export function planVenueHold(
  ctx: EngineContext,
  tx: Tx,
  request: BookingRequest,
  locale: Locale,
  labels: SlotFieldLabels,
): VenueHold {
  const officeRequest = { ...request, teaching: false };
  const conflicts = conflictsOf(tx, request.roomId, request.start, request.end);
  if (slotDecision(officeRequest, conflicts) === "taken") {
    return { ok: false, reply: slotTakenReply(ctx, tx, officeRequest, locale, labels) };
  }
  return {
    ok: true,
    hold(requesterId) {
      const result = reserveIn(tx, {
        request: officeRequest,
        requesterId,
        ticketId: null,
        now: ctx.clock(),
        status: "approved",
      });
      // Checked a moment ago in this same write transaction, so nobody can have taken it since.
      if (!result.ok) throw new Error(`venue ${request.roomId} taken inside its own transaction`);
      return result.booking;
    },
  };
}
