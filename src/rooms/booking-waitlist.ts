import type { DbOrTx } from "../db/database.js";
import { addToWaitlist, markWaitlistNotified, waitingFor } from "../db/queries/booking-waitlist.js";
import { conflictsOf } from "../db/queries/bookings.js";
import type { EngineContext } from "../engine/context.js";
import { bookText } from "./booking-command-words.js";
import { roomTitle, slotText } from "./booking-format.js";
import { notifyPersonById } from "./booking-notices.js";
import { type BookingOutcome, type BookingScope, say } from "./booking-outcome.js";
import type { Interval } from "./domain/booking-slot.js";
import { bookingTexts } from "./texts/index.js";

/** "候补 <room> <time>": a free slot is offered at once; a taken one puts the sender on its waitlist. */
export function joinWaitlist(scope: BookingScope, roomId: string, slot: Interval): BookingOutcome {
  const { ctx, tx, locale } = scope;
  const t = bookingTexts(locale);
  const room = roomTitle(tx, roomId, locale);
  const when = slotText(ctx, slot, locale);
  if (conflictsOf(tx, roomId, slot.start, slot.end).length === 0) {
    return say(t.waitlistFreeNow(room, when), [
      { label: `${room} ${when}`, value: bookText(locale, room, when), style: "primary" },
    ]);
  }
  addToWaitlist(tx, {
    personId: scope.person.id,
    roomId,
    startAt: slot.start,
    endAt: slot.end,
    createdAt: ctx.clock(),
  });
  return say(t.waitlistAdded(room, when));
}

/**
 * After a slot frees up (cancelled, rejected, released): everyone waiting for a time there that is now wholly
 * free is told once, with a button to book it. First come, first served.
 */
export function tellWaitlist(ctx: EngineContext, db: DbOrTx, roomId: string, freed: Interval): number {
  const now = ctx.clock();
  const waiting = waitingFor(db, roomId, freed, now);
  let told = 0;
  for (const row of waiting) {
    const slot = { start: row.startAt, end: row.endAt };
    if (conflictsOf(db, roomId, slot.start, slot.end).length > 0) continue;
    told += notifyPersonById(ctx, db, row.personId, {
      key: `booking-waitlist:${row.id}`,
      kind: "booking-waitlist",
      message: (locale) => {
        const room = roomTitle(db, roomId, locale);
        const when = slotText(ctx, slot, locale);
        return {
          text: bookingTexts(locale).waitlistNotice(room, when),
          choices: [{ label: `${room} ${when}`, value: bookText(locale, room, when), style: "primary" }],
        };
      },
    });
    markWaitlistNotified(db, row.id, now);
  }
  return told;
}
