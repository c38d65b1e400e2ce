import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { cacheStatements } from "./statement-cache.js";
import { reuseTransactionFunctions } from "./transaction-functions.js";

export type Db = BetterSQLite3Database & { $client: Sqlite.Database };
/** The handle inside `db.transaction(...)`; queries accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** Drizzle's session behind a database and each of its transactions: one per SQLite connection. */
export interface Connection {
  client: Sqlite.Database;
}

/** The connection a database or transaction runs on: the key of whatever is kept per connection. */
export function connectionOf(db: DbOrTx): Connection {
  return (db as unknown as { session: Connection }).session;
}

/** The folder holding package.json, from src/db (tsx) or dist/src/db (compiled) alike. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const migrationsFolder = join(packageRoot(), "migrations");

export interface OpenDatabaseOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** How long a writer waits for another connection's lock, in ms (default 5000). */
  busyTimeoutMs?: number;
}

/**
 * Opens (and creates) the SQLite file with WAL, foreign keys and a busy timeout, then applies migrations.
 *
 * ```ts
 * const db = openDatabase("./data/office.db");
 * ```
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Sqlite(path);
  client.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  client.pragma("journal_mode = WAL");
  client.pragma("synchronous = NORMAL");
  client.pragma("foreign_keys = ON");
  cacheStatements(client);
  reuseTransactionFunctions(client);
  // No schema: the relational query API is not used, and with it every transaction would build a query
  // builder per table before running a statement.
  const db = drizzle(client);
  if (options.migrate !== false) migrate(db, { migrationsFolder });
  return db;
}

export function closeDatabase(db: Db): void {
  if (db.$client.open) db.$client.close();
}
