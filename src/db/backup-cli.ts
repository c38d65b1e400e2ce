import { loadConfig } from "../config/config.js";
import { backupDatabase, defaultBackupDir } from "./backup.js";
import { closeDatabase, openDatabase } from "./database.js";

// `npm run db:backup`: one online backup of DATABASE_PATH into BACKUP_DIR now (safe while the bot runs), with
// the same retention as the nightly one; prints the file written.
const config = loadConfig(process.env);
const db = openDatabase(config.DATABASE_PATH, { migrate: false });
try {
  const dir = config.BACKUP_DIR ?? defaultBackupDir(config.DATABASE_PATH);
  const result = await backupDatabase(db, { dir, keepDays: config.BACKUP_KEEP_DAYS, now: new Date() });
  console.log(result.file);
} finally {
  closeDatabase(db);
}
