import type Sqlite from "better-sqlite3";
import { type Column, getTableColumns, type SQL, sql, type Table } from "drizzle-orm";
import { type Connection, connectionOf, type DbOrTx } from "./database.js";

/** What is made once per connection, by its key: drizzle's prepared queries, hand-written statements. */
const perConnection = new WeakMap<Connection, Map<unknown, unknown>>();

function keptOn<T>(db: DbOrTx, key: unknown, make: () => T): T {
  const connection = connectionOf(db);
  let kept = perConnection.get(connection);
  if (!kept) {
    kept = new Map();
    perConnection.set(connection, kept);
  }
  let value = kept.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    kept.set(key, value);
  }
  return value;
}

/**
 * The hot queries of a turn, built by drizzle once per connection with placeholders instead of on every call.
 * `build` must be a module-level function (it is the cache key); the query it returns runs in whatever
 * transaction is open on the connection, so a `tx` and its database share one prepared query.
 *
 * ```ts
 * const byId = (db: DbOrTx) => db.select().from(people).where(eq(people.id, sql.placeholder("id"))).prepare();
 * preparedQuery(tx, byId).get({ id: 7 });
 * ```
 */
export function preparedQuery<T>(db: DbOrTx, build: (db: DbOrTx) => T): T {
  return keptOn(db, build, () => build(db));
}

/**
 * `{ column: sql.placeholder("column"), … }` for every column of `table` but its generated primary key: the
 * values of a prepared insert, bound with `rowFor`. The placeholders are raw: drizzle's own encoding of a
 * placeholder calls the column's encoder on null too (a timestamp's `getTime`), so `rowFor` encodes instead.
 */
export function columnPlaceholders<T extends Table & { $inferInsert: object }>(
  table: T,
): { [K in keyof T["$inferInsert"]]: SQL } {
  const names = Object.entries(getTableColumns(table) as Record<string, Column>)
    .filter(([, column]) => !column.primary)
    .map(([name]) => name);
  return Object.fromEntries(names.map((name) => [name, sql`${sql.placeholder(name)}`])) as {
    [K in keyof T["$inferInsert"]]: SQL;
  };
}

/**
 * The values to bind to `columnPlaceholders` for `row` of `table`: `defaults` for every column the row leaves out
 * or undefined (a prepared statement needs a value for each), each encoded as its column stores it.
 */
export function rowFor<T extends Table>(
  table: T,
  defaults: Record<string, unknown>,
  row: object,
): Record<string, unknown> {
  const columns = getTableColumns(table) as Record<string, Column>;
  const values: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(row)) if (value !== undefined) values[key] = value;
  for (const [key, value] of Object.entries(values))
    values[key] = value === null ? null : (columns[key]?.mapToDriverValue(value) ?? value);
  return values;
}

/**
 * A statement of hand-written SQL on the connection behind `db`, for the few queries of every turn where
 * drizzle's encoding of parameters and mapping of rows cost more than the query. Prepared once per connection
 * and text, and kept apart from the connection's bounded statement cache; decode its rows with `rowDecoder`.
 */
export function statementOn(db: DbOrTx, source: string): Sqlite.Statement {
  return keptOn(db, source, () => connectionOf(db).client.prepare(source));
}

/** Turns a row of `select *` from `table` into what drizzle's `select()` gives: keys by field, values decoded. */
export function rowDecoder<T extends Table>(table: T): (row: unknown) => T["$inferSelect"] {
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>).map(
    ([key, column]) => [key, column.name, column] as const,
  );
  return (row) => {
    const stored = row as Record<string, unknown>;
    const decoded: Record<string, unknown> = {};
    for (const [key, name, column] of columns) {
      const value = stored[name];
      decoded[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return decoded as T["$inferSelect"];
  };
}
