import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { bookingWaitlist } from "../schema.js";

export type WaitlistEntry = typeof bookingWaitlist.$inferSelect;

export function addToWaitlist(
  db: DbOrTx,
  entry: { personId: number; roomId: string; startAt: Date; endAt: Date; createdAt: Date },
): void {
  db.insert(bookingWaitlist).values(entry).run();
}

/** People waiting for a time in `roomId` that overlaps `freed`, not yet told, and not over. */
export function waitingFor(
  db: DbOrTx,
  roomId: string,
  freed: { start: Date; end: Date },
  now: Date,
): WaitlistEntry[] {
  return db
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
}

export function markWaitlistNotified(db: DbOrTx, id: number, now: Date): void {
  db.update(bookingWaitlist).set({ notifiedAt: now }).where(eq(bookingWaitlist.id, id)).run();
}
