import type Sqlite from "better-sqlite3";

type Behavior = "default" | "deferred" | "immediate" | "exclusive";
type Body = (...args: unknown[]) => unknown;

/**
 * Makes `client.transaction(fn)` cheap to call once per turn, as drizzle does for every `db.transaction`.
 * better-sqlite3 builds four wrapper functions per call and gives each its properties with
 * `Object.defineProperties`, which was a third of a short turn; here one wrapper per connection runs whatever
 * body it is handed, with the same BEGIN, COMMIT, ROLLBACK and savepoints (a transaction opened inside another
 * is a savepoint, as before).
 */
export function reuseTransactionFunctions(client: Sqlite.Database): void {
  const runBody = client.transaction((body: Body, args: unknown[]) => body(...args));
  const run: Record<Behavior, (body: Body, args: unknown[]) => unknown> = {
    default: runBody,
    deferred: runBody.deferred,
    immediate: runBody.immediate,
    exclusive: runBody.exclusive,
  };
  client.transaction = ((body: Body) => {
    const as =
      (behavior: Behavior) =>
      (...args: unknown[]) =>
        run[behavior](body, args);
    return Object.assign(as("default"), {
      default: as("default"),
      deferred: as("deferred"),
      immediate: as("immediate"),
      exclusive: as("exclusive"),
      database: client,
    });
  }) as unknown as Sqlite.Database["transaction"];
}
