import { desc, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { learntExamples, unsureMessages } from "../schema.js";

export type UnsureMessage = typeof unsureMessages.$inferSelect;
export type NewUnsureMessage = Omit<typeof unsureMessages.$inferInsert, "id" | "picked" | "adoptedAs">;

/** Keeps a first message the intent model was unsure of; returns its id. */
export function recordUnsure(db: DbOrTx, row: NewUnsureMessage): number {
  return db.insert(unsureMessages).values(row).returning({ id: unsureMessages.id }).get().id;
}

/** What the person chose after the clarifying question or the short menu. */
export function notePicked(db: DbOrTx, id: number, picked: string): void {
  db.update(unsureMessages).set({ picked }).where(eq(unsureMessages.id, id)).run();
}

export function recentUnsure(db: DbOrTx, limit: number): UnsureMessage[] {
  return db.select().from(unsureMessages).orderBy(desc(unsureMessages.id)).limit(limit).all();
}

export function getUnsure(db: DbOrTx, id: number): UnsureMessage | undefined {
  return db.select().from(unsureMessages).where(eq(unsureMessages.id, id)).get();
}

/** Adopts an unsure message as an example of a service, in the caller's transaction. */
export function adoptExample(
  db: DbOrTx,
  source: UnsureMessage,
  serviceId: string,
  adoptedBy: number,
  now: Date,
): void {
  db.insert(learntExamples)
    .values({ serviceId, text: source.text, adoptedBy, at: now, sourceId: source.id })
    .run();
  db.update(unsureMessages).set({ adoptedAs: serviceId }).where(eq(unsureMessages.id, source.id)).run();
}

/** Every adopted example, oldest first: the intent model trains on them at start-up and after each adoption. */
export function learntExampleTexts(db: DbOrTx): { serviceId: string; text: string }[] {
  return db
    .select({ serviceId: learntExamples.serviceId, text: learntExamples.text })
    .from(learntExamples)
    .orderBy(learntExamples.id)
    .all();
}

/** Forgets unsure messages kept since before `before` (adopted examples stay); returns how many went. */
export function pruneUnsure(db: DbOrTx, before: Date): number {
  return db.delete(unsureMessages).where(lt(unsureMessages.at, before)).run().changes;
}
