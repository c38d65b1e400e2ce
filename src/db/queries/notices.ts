import { and, eq, gte, inArray, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { notices, tickets } from "../schema.js";

export type Notice = typeof notices.$inferSelect;
export type NewNotice = typeof notices.$inferInsert;
export type NoticeStage = Notice["stage"];

export function insertNotice(db: DbOrTx, notice: NewNotice): Notice {
  return db.insert(notices).values(notice).returning().get();
}

export function noticeOfTicket(db: DbOrTx, ticketId: number): Notice | undefined {
  return db.select().from(notices).where(eq(notices.ticketId, ticketId)).get();
}

export function updateNotice(db: DbOrTx, id: number, patch: Partial<NewNotice>): Notice {
  return db.update(notices).set(patch).where(eq(notices.id, id)).returning().get();
}

/** Notices waiting on a reviewer (the head or the leader) since before `before`, not yet reminded. */
export function reviewsWaitingSince(db: DbOrTx, before: Date): Notice[] {
  return db
    .select()
    .from(notices)
    .where(and(inArray(notices.stage, ["review", "sign-off"]), lt(notices.stageSince, before)))
    .all()
    .filter((n) => n.remindedAt === null || n.remindedAt < n.stageSince);
}

/** Notices fully published in [from, to), oldest first, with their ticket numbers. */
export function publishedBetween(db: DbOrTx, from: Date, to: Date) {
  return db
    .select({ notice: notices, number: tickets.number })
    .from(notices)
    .innerJoin(tickets, eq(tickets.id, notices.ticketId))
    .where(and(eq(notices.stage, "published"), gte(notices.publishedAt, from), lt(notices.publishedAt, to)))
    .orderBy(notices.publishedAt)
    .all();
}
