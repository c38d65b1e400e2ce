import { count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { documentRegister, tickets } from "../schema.js";

export type RegisteredDocument = typeof documentRegister.$inferSelect;
export type NewRegisteredDocument = typeof documentRegister.$inferInsert;
export type DocumentDirection = RegisteredDocument["direction"];

export function registerDocument(db: DbOrTx, entry: NewRegisteredDocument): RegisteredDocument {
  return db.insert(documentRegister).values(entry).returning().get();
}

export function registeredDocument(db: DbOrTx, ticketId: number): RegisteredDocument | undefined {
  return db.select().from(documentRegister).where(eq(documentRegister.ticketId, ticketId)).get();
}

export function recordSignature(db: DbOrTx, ticketId: number, signedById: number, at: Date): void {
  db.update(documentRegister)
    .set({ signedById, signedAt: at })
    .where(eq(documentRegister.ticketId, ticketId))
    .run();
}

/** One direction of the register, newest first, with its register numbers; `total` counts every entry. */
export function registerPage(
  db: DbOrTx,
  direction: DocumentDirection,
  limit: number,
): { total: number; entries: (RegisteredDocument & { number: string })[] } {
  const where = eq(documentRegister.direction, direction);
  const total = db.select({ n: count() }).from(documentRegister).where(where).get()?.n ?? 0;
  const entries = db
    .select({ entry: documentRegister, number: tickets.number })
    .from(documentRegister)
    .innerJoin(tickets, eq(tickets.id, documentRegister.ticketId))
    .where(where)
    .orderBy(desc(documentRegister.registeredAt), desc(documentRegister.ticketId))
    .limit(limit)
    .all()
    .map((r) => ({ ...r.entry, number: r.number }));
  return { total, entries };
}
