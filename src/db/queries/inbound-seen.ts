import { lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { inboundSeen } from "../schema.js";

/** Forgets the delivery ids seen before `before` (no channel retries that late); returns how many went. */
export function pruneInboundSeen(db: DbOrTx, before: Date): number {
  return db.delete(inboundSeen).where(lt(inboundSeen.seenAt, before)).run().changes;
}
