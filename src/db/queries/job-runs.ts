import { eq, sql } from "drizzle-orm";
import type { Db } from "../database.js";
import { jobRuns } from "../schema.js";

/** When a scheduled job last ran to the end, so a restart can tell what it missed. */
export function lastJobRun(db: Db, name: string): Date | undefined {
  return db.select().from(jobRuns).where(eq(jobRuns.name, name)).get()?.lastRunAt;
}

function upsertQuery(db: Db) {
  return db
    .insert(jobRuns)
    .values({ name: sql.placeholder("name"), lastRunAt: sql.placeholder("at") })
    .onConflictDoUpdate({ target: jobRuns.name, set: { lastRunAt: sql`excluded.last_run_at` } });
}

const prepared = new WeakMap<Db, ReturnType<ReturnType<typeof upsertQuery>["prepare"]>>();

/** Prepared once per connection: every-minute jobs record a run every minute. */
export function recordJobRun(db: Db, name: string, at: Date): void {
  let statement = prepared.get(db);
  if (!statement) {
    statement = upsertQuery(db).prepare();
    prepared.set(db, statement);
  }
  statement.run({ name, at });
}
