import { eq } from "drizzle-orm";
import { ConnectionCache } from "../connection-cache.js";
import type { DbOrTx } from "../database.js";
import { rooms } from "../schema.js";

export type Room = typeof rooms.$inferSelect;

// Rooms change only when the directory is synced, and are read by every form turn that may name one.
const active = new ConnectionCache((db) => db.select().from(rooms).where(eq(rooms.active, true)).all());

export function activeRooms(db: DbOrTx): readonly Room[] {
  return active.get(db);
}

/** After this connection changed the rooms (a directory sync). */
export function roomsChanged(db: DbOrTx): void {
  active.forget(db);
}

export function roomById(db: DbOrTx, id: string): Room | undefined {
  return db.select().from(rooms).where(eq(rooms.id, id)).get();
}
