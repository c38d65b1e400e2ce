import type { Locale } from "../core/locale.js";
import type { ReplyDraft } from "../core/messages.js";
import type { Tx } from "../db/database.js";
import type { Booking } from "../db/queries/bookings.js";
import type { PersonWithPosts } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";

/** Who is acting, where: the same shape as a ticket command's scope. */
export interface BookingScope {
  ctx: EngineContext;
  tx: Tx;
  person: PersonWithPosts;
  locale: Locale;
}

/** A booking ticket found by its number, with its bookings in date order. */
export interface FoundBooking {
  ticket: Ticket;
  bookings: Booking[];
}

export interface BookingOutcome {
  replies: ReplyDraft[];
}

export const say = (text: string, choices?: ReplyDraft["choices"]): BookingOutcome => ({
  replies: [choices && choices.length > 0 ? { text, choices } : { text }],
});
