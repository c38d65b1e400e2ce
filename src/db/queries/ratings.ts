import { eq } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { ratings } from "../schema.js";

export type Rating = typeof ratings.$inferSelect;

export function ratingOf(db: DbOrTx, ticketId: number): Rating | undefined {
  return db.select().from(ratings).where(eq(ratings.ticketId, ticketId)).get();
}

export function updateRating(
  db: DbOrTx,
  id: number,
  patch: { score?: number; comment?: string | null; updatedAt: Date },
): void {
  db.update(ratings).set(patch).where(eq(ratings.id, id)).run();
}

export function insertRating(db: DbOrTx, rating: typeof ratings.$inferInsert): void {
  db.insert(ratings).values(rating).run();
}

export function setRatingComment(db: DbOrTx, ticketId: number, comment: string, now: Date): void {
  db.update(ratings).set({ comment, updatedAt: now }).where(eq(ratings.ticketId, ticketId)).run();
}
