import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Db } from "./database.js";

export interface BackupOptions {
  /** Folder for the copies; created if missing. */
  dir: string;
  /** Copies older than this many days are deleted after a successful backup. */
  keepDays: number;
  /** The time the copy is named after (UTC), e.g. `office-20261202-023000.db`. */
  now: Date;
}

export interface BackupResult {
  file: string;
  removed: string[];
}

/** Where backups go when BACKUP_DIR is not set: a `backups` folder beside the database file. */
export function defaultBackupDir(databasePath: string): string {
  return join(dirname(resolve(databasePath)), "backups");
}

const stampOf = (at: Date) => at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const stampPattern = /-(\d{8})-(\d{6})\.db(?:\.partial)?$/;

/**
 * An online backup of the open database with SQLite's backup API (better-sqlite3 `backup`): readers and
 * writers carry on while it copies, and the copy is a consistent snapshot. It is written under a temporary
 * name and renamed when complete, so a crash mid-copy never leaves a file that looks like a backup. Then
 * copies older than `keepDays` are removed.
 *
 * ```ts
 * await backupDatabase(db, { dir: "/var/backups/office-desk", keepDays: 14, now: new Date() });
 * ```
 */
export async function backupDatabase(db: Db, options: BackupOptions): Promise<BackupResult> {
  mkdirSync(options.dir, { recursive: true });
  const source = db.$client.name;
  const name = `${basename(source, extname(source)) || "office"}-${stampOf(options.now)}.db`;
  const file = join(options.dir, name);
  const partial = `${file}.partial`;
  try {
    await db.$client.backup(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file, removed: pruneBackups(options.dir, options.keepDays, options.now, name) };
}

/** Deletes the backups in `dir` taken more than `keepDays` days before `now`; never `keep`. */
export function pruneBackups(dir: string, keepDays: number, now: Date, keep?: string): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const removed: string[] = [];
  for (const entry of readdirSync(dir)) {
    const match = stampPattern.exec(entry);
    if (!match || entry === keep) continue;
    const [d, t] = [match[1]!, match[2]!];
    const takenAt = Date.UTC(
      +d.slice(0, 4),
      +d.slice(4, 6) - 1,
      +d.slice(6, 8),
      +t.slice(0, 2),
      +t.slice(2, 4),
      +t.slice(4, 6),
    );
    if (takenAt < cutoff) {
      rmSync(join(dir, entry), { force: true });
      removed.push(entry);
    }
  }
  return removed.sort();
}
