import type { DbOrTx } from "./database.js";

/** Drizzle's session behind a database or a transaction: both run on the same connection. */
type WithSession = { session: object };

const prepared = new WeakMap<object, Map<(db: DbOrTx) => unknown, unknown>>();

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
  const session = (db as unknown as WithSession).session;
  let queries = prepared.get(session);
  if (!queries) {
    queries = new Map();
    prepared.set(session, queries);
  }
  let query = queries.get(build) as T | undefined;
  if (query === undefined) {
    query = build(db);
    queries.set(build, query);
  }
  return query;
}
