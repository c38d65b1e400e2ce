import type { Channel } from "../channels/channel.js";
import type { Db } from "../db/database.js";
import { databaseWriteError, jobRunTimes } from "../db/queries/health.js";
import type { Route } from "./http-server.js";

export interface HealthRouteOptions {
  db: Db;
  channels: readonly Channel[];
  clock: () => Date;
  /** When the process started. */
  startedAt: Date;
  /** Whether the scheduler is running (it is only after `start()`). */
  schedulerRunning: () => boolean;
  /** The scheduler counts as stalled when no job has finished for this long (default 10 minutes). */
  staleAfterMs?: number;
}

/**
 * `GET /healthz` for monitoring: 200 when the database takes a write, every channel is up and the scheduler has
 * run recently, otherwise 503; the JSON body says which part is not.
 *
 * ```json
 * { "ok": true, "uptimeSeconds": 3600, "database": { "writable": true },
 *   "channels": [{ "name": "slack", "up": true, "state": "http" }],
 *   "scheduler": { "running": true, "lastRunAt": "2026-12-02T06:00:00.000Z", "stale": false } }
 * ```
 */
export function healthRoute(options: HealthRouteOptions): Route {
  const staleAfterMs = options.staleAfterMs ?? 10 * 60_000;
  return async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/healthz" || (req.method !== "GET" && req.method !== "HEAD")) return false;
    const now = options.clock();
    const writeError = databaseWriteError(options.db);
    const channels = options.channels.map((c) => ({
      name: c.name,
      ...(c.health?.() ?? { up: true, state: "running" }),
    }));
    const runs = writeError === undefined ? jobRunTimes(options.db) : [];
    const lastRunAt = runs[0]?.lastRunAt;
    const running = options.schedulerRunning();
    // Right after a start nothing may have run yet; that is not a stall.
    const since = lastRunAt ?? options.startedAt;
    const stale = running && now.getTime() - since.getTime() > staleAfterMs;
    const ok = writeError === undefined && channels.every((c) => c.up) && running && !stale;
    const body = {
      ok,
      uptimeSeconds: Math.round((now.getTime() - options.startedAt.getTime()) / 1000),
      database: writeError === undefined ? { writable: true } : { writable: false, error: writeError },
      channels,
      scheduler: {
        running,
        lastRunAt: lastRunAt?.toISOString() ?? null,
        stale,
        jobs: Object.fromEntries(runs.map((r) => [r.name, r.lastRunAt.toISOString()])),
      },
    };
    res.writeHead(ok ? 200 : 503, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : `${JSON.stringify(body)}\n`);
    return true;
  };
}
