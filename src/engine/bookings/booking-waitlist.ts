import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../../db/database.js";
import { bookingWaitlist } from "../../db/schema.js";
import type { Interval } from "../../domain/booking-slot.js";
import type { EngineContext } from "../context.js";
import { bookText } from "./booking-command-words.js";
import { roomTitle, slotText } from "./booking-format.js";
import { notifyPersonById } from "./booking-notices.js";
import { type BookingOutcome, type BookingScope, say } from "./booking-outcome.js";
import { conflictsOf } from "./booking-service.js";
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
  tx.insert(bookingWaitlist)
    .values({
      personId: scope.person.id,
      roomId,
      startAt: slot.start,
      endAt: slot.end,
      createdAt: ctx.clock(),
    })
    .run();
  return say(t.waitlistAdded(room, when));
}

/**
 * After a slot frees up (cancelled, rejected, released): everyone waiting for a time there that is now wholly
 * free is told once, with a button to book it. First come, first served.
 */
export function tellWaitlist(ctx: EngineContext, db: DbOrTx, roomId: string, freed: Interval): number {
  const now = ctx.clock();
  const waiting = db
    .select()
    .from(bookingWaitlist)
    .where(
      and(
        eq(bookingWaitlist.roomId, roomId),
        isNull(bookingWaitlist.notifiedAt),
        lt(bookingWaitlist.startAt, freed.end),
        gt(bookingWaitlist.endAt, freed.start),
        gt(bookingWaitlist.endAt, now),
      ),
    )
    .all();
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
    db.update(bookingWaitlist).set({ notifiedAt: now }).where(eq(bookingWaitlist.id, row.id)).run();
  }
  return told;
}
