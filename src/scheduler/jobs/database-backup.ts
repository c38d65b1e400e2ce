import { backupDatabase } from "../../db/backup.js";
import type { Job } from "../job.js";
import { dailyAt } from "../job-options.js";

export interface BackupJobOptions {
  dir: string;
  keepDays: number;
  /** Local "HH:MM" (default 02:30, when the office is quiet). */
  at?: string;
}

/**
 * Once a day, an online backup of the SQLite file into `dir`, keeping `keepDays` days of copies. A failure is
 * thrown so the scheduler logs it and tries again at the next tick; a restart after a missed night catches up.
 */
export function databaseBackupJob(options: BackupJobOptions): Job {
  return {
    name: "database-backup",
    schedule: dailyAt(options.at ?? "02:30"),
    run: async (ctx, now) => {
      const result = await backupDatabase(ctx.db, { dir: options.dir, keepDays: options.keepDays, now });
      ctx.log.info({ file: result.file, removed: result.removed }, "database backed up");
    },
  };
}
