import type Sqlite from "better-sqlite3";

/** How many distinct statements a connection keeps; lists bound by length make new SQL, so the cache is bounded. */
const maxStatements = 500;

/**
 * Makes `client.prepare` reuse the statement it prepared before for the same SQL text, so drizzle's queries stop
 * compiling their SQL on every call. Least recently used statements are dropped past `maxStatements`.
 * Drizzle switches select statements to raw (array) rows; a reused statement starts in object rows again.
 */
export function cacheStatements(client: Sqlite.Database): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Sqlite.Statement>();
  client.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
      if (stmt.reader) stmt.raw(false);
    } else {
      stmt = prepare(source);
      if (cache.size >= maxStatements) cache.delete(cache.keys().next().value as string);
    }
    cache.set(source, stmt);
    return stmt;
  }) as Sqlite.Database["prepare"];
}
