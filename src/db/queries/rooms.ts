import { eq } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { rooms } from "../schema.js";

export type Room = typeof rooms.$inferSelect;

export function activeRooms(db: DbOrTx): Room[] {
  return db.select().from(rooms).where(eq(rooms.active, true)).all();
}

export function roomById(db: DbOrTx, id: string): Room | undefined {
  return db.select().from(rooms).where(eq(rooms.id, id)).get();
}
