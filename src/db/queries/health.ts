import { desc } from "drizzle-orm";
import type { Db } from "../database.js";
import { jobRuns } from "../schema.js";

/**
 * Whether the database takes a write now: a row is written and rolled back, so a read-only file, a full disk or
 * a lock held too long shows here. Returns the error's message, or undefined when the write went through.
 */
export function databaseWriteError(db: Db): string | undefined {
  const client = db.$client;
  try {
    client.exec("BEGIN IMMEDIATE");
    try {
      client.prepare("INSERT INTO job_runs (name, last_run_at) VALUES ('healthz-probe', 0)").run();
    } finally {
      client.exec("ROLLBACK");
    }
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The last run of each scheduled job, newest first. */
export function jobRunTimes(db: Db): { name: string; lastRunAt: Date }[] {
  return db.select().from(jobRuns).orderBy(desc(jobRuns.lastRunAt)).all();
}
