import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import type { DirectorySupplyItem } from "../../directory/directory-schema.js";
import type { DbOrTx, Tx } from "../database.js";
import { supplyItems, supplyMovements, supplyRequests } from "../schema.js";

export type SupplyItem = typeof supplyItems.$inferSelect;
export type SupplyMovement = typeof supplyMovements.$inferSelect;
export type SupplyRequest = typeof supplyRequests.$inferSelect;
export type NewSupplyRequest = typeof supplyRequests.$inferInsert;

/**
 * Adds the directory's catalogue items that are not in the database yet; an existing item keeps its counted
 * stock and gets the directory's unit, category, minimum and aliases.
 */
export function seedSupplyItems(tx: Tx, items: readonly DirectorySupplyItem[], now: Date): void {
  for (const item of items) {
    const row = {
      nameEn: item.name_en ?? null,
      unit: item.unit,
      category: item.category,
      minStock: item.min,
      aliases: item.aliases,
    };
    tx.insert(supplyItems)
      .values({ name: item.name, ...row, stock: item.stock, updatedAt: now })
      .onConflictDoUpdate({ target: supplyItems.name, set: row })
      .run();
  }
}

export function allSupplyItems(db: DbOrTx): SupplyItem[] {
  return db.select().from(supplyItems).orderBy(asc(supplyItems.category), asc(supplyItems.id)).all();
}

export function getSupplyItem(db: DbOrTx, id: number): SupplyItem | undefined {
  return db.select().from(supplyItems).where(eq(supplyItems.id, id)).get();
}

/** Sets an item's stock and records the movement in the caller's transaction; returns the movement's id. */
export function moveStock(
  tx: Tx,
  item: SupplyItem,
  move: Omit<typeof supplyMovements.$inferInsert, "itemId" | "before">,
  lowAlertedAt: Date | null,
): number {
  const { id } = tx
    .insert(supplyMovements)
    .values({ ...move, itemId: item.id, before: item.stock })
    .returning({ id: supplyMovements.id })
    .get();
  tx.update(supplyItems)
    .set({ stock: move.after, lowAlertedAt, updatedAt: move.at })
    .where(eq(supplyItems.id, item.id))
    .run();
  return id;
}

/** How much of each item was issued since `from`: item id → quantity. */
export function issuedSince(db: DbOrTx, from: Date): Map<number, number> {
  const rows = db
    .select({
      itemId: supplyMovements.itemId,
      issued: sql<number>`sum(${supplyMovements.before} - ${supplyMovements.after})`,
    })
    .from(supplyMovements)
    .where(and(eq(supplyMovements.kind, "issue"), gte(supplyMovements.at, from)))
    .groupBy(supplyMovements.itemId)
    .all();
  return new Map(rows.map((r) => [r.itemId, Number(r.issued)]));
}

export function movementsOf(db: DbOrTx, itemId: number): SupplyMovement[] {
  return db
    .select()
    .from(supplyMovements)
    .where(eq(supplyMovements.itemId, itemId))
    .orderBy(asc(supplyMovements.id))
    .all();
}

/** Stocktake entries since `from`, oldest first. */
export function stocktakesSince(db: DbOrTx, from: Date): SupplyMovement[] {
  return db
    .select()
    .from(supplyMovements)
    .where(and(eq(supplyMovements.kind, "stocktake"), gte(supplyMovements.at, from)))
    .orderBy(asc(supplyMovements.id))
    .all();
}

export function insertSupplyRequest(tx: Tx, request: NewSupplyRequest): void {
  tx.insert(supplyRequests).values(request).run();
}

export function getSupplyRequest(db: DbOrTx, ticketId: number): SupplyRequest | undefined {
  return db.select().from(supplyRequests).where(eq(supplyRequests.ticketId, ticketId)).get();
}

export function updateSupplyRequest(tx: Tx, ticketId: number, patch: Partial<NewSupplyRequest>): void {
  tx.update(supplyRequests).set(patch).where(eq(supplyRequests.ticketId, ticketId)).run();
}

export function supplyRequestsIn(db: DbOrTx, statuses: readonly SupplyRequest["status"][]): SupplyRequest[] {
  return db
    .select()
    .from(supplyRequests)
    .where(inArray(supplyRequests.status, [...statuses]))
    .orderBy(asc(supplyRequests.ticketId))
    .all();
}
