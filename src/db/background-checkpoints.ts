import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Db } from "./database.js";

/** How often the worker copies the write-ahead log into the database file. */
const everyMs = 500;
/**
 * Past this many pages in the log (about 40 MB) the writing connection checkpoints itself after all, so the
 * log stays bounded should the worker stop.
 */
const fallbackPages = 10_000;

// Plain JavaScript, run as the worker's whole program: it must not depend on how the bot itself was loaded
// (compiled, tsx or the test runner).
const program = `
const { workerData, parentPort } = require("node:worker_threads");
const Sqlite = require(workerData.driver);
const db = new Sqlite(workerData.path);
db.pragma("busy_timeout = 1000");
const checkpoint = db.prepare("pragma wal_checkpoint(PASSIVE)");
const timer = setInterval(() => {
  try { checkpoint.run(); } catch (error) { parentPort.postMessage(String(error)); }
}, workerData.everyMs);
parentPort.on("message", () => { clearInterval(timer); db.close(); process.exit(0); });
`;

/**
 * Moves WAL checkpoints off the writing thread. A commit that crosses SQLite's auto-checkpoint threshold
 * copies the whole log into the database file and waits for the disk (tens of milliseconds, once every few
 * dozen tickets); here a worker thread on its own connection does that every half second, so a turn's commit
 * only appends to the log. Returns the function that stops it.
 */
export function checkpointInBackground(
  db: Db,
  path: string,
  onError: (error: string) => void,
): () => Promise<void> {
  if (path === ":memory:") return async () => undefined;
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(program, { eval: true, workerData: { driver, path, everyMs } });
  worker.unref();
  worker.on("message", (error: string) => onError(error));
  const checkpointHere = () => {
    if (db.$client.open) db.$client.pragma("wal_autocheckpoint = 1000");
  };
  let running = true;
  const exited = new Promise<void>((done) =>
    worker.once("exit", () => {
      running = false;
      checkpointHere();
      done();
    }),
  );
  worker.on("error", (error) => onError(String(error)));
  db.$client.pragma(`wal_autocheckpoint = ${fallbackPages}`);
  return async () => {
    checkpointHere();
    // The worker is unref'd while it runs; waiting for its exit must keep the process alive, or a script whose
    // last step is `await app.stop()` ends with an unsettled top-level await (exit code 13).
    worker.ref();
    if (running) worker.postMessage("stop");
    await exited;
  };
}
