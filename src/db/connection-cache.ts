import type Sqlite from "better-sqlite3";
import { type Connection, connectionOf, type DbOrTx } from "./database.js";

interface Entry<T> {
  value: T;
  /** `PRAGMA data_version` when `value` was read: it changes once another connection commits. */
  version: number;
  versionOf: Sqlite.Statement;
}

/**
 * A value read from the database once per connection, read again only after another connection (another
 * process) has committed, or after `forget` for a write on this one. For small tables that almost never
 * change but are read on every message, such as the rooms.
 *
 * ```ts
 * const rooms = new ConnectionCache((db) => db.select().from(roomsTable).all());
 * rooms.get(tx); // read once
 * ```
 */
export class ConnectionCache<T> {
  readonly #entries = new WeakMap<Connection, Entry<T>>();

  constructor(private readonly read: (db: DbOrTx) => T) {}

  get(db: DbOrTx): T {
    const connection = connectionOf(db);
    const entry = this.#entries.get(connection);
    const versionOf = entry?.versionOf ?? connection.client.prepare("pragma data_version").pluck();
    const version = versionOf.get() as number;
    if (entry && entry.version === version) return entry.value;
    const value = this.read(db);
    this.#entries.set(connection, { value, version, versionOf });
    return value;
  }

  /** After this connection wrote what the value is read from. */
  forget(db: DbOrTx): void {
    const entry = this.#entries.get(connectionOf(db));
    if (entry) entry.version = -1;
  }
}
