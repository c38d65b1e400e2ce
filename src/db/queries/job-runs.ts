import { eq } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { jobRuns } from "../schema.js";

/** When a scheduled job last ran to the end, so a restart can tell what it missed. */
export function lastJobRun(db: DbOrTx, name: string): Date | undefined {
  return db.select().from(jobRuns).where(eq(jobRuns.name, name)).get()?.lastRunAt;
}

export function recordJobRun(db: DbOrTx, name: string, at: Date): void {
  db.insert(jobRuns)
    .values({ name, lastRunAt: at })
    .onConflictDoUpdate({ target: jobRuns.name, set: { lastRunAt: at } })
    .run();
}
