import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/config.js";
import { tempDbPath } from "../support/temp-db.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const thursday10 = new Date("2026-11-26T10:00:00+08:00").getTime();

function runWorker(path: string, worker: number, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(new URL("./ticket-numbering-worker.ts", import.meta.url));
    const child = fork(script, [path, String(worker), String(count), String(thursday10)], {
      execArgv: ["--import", "tsx"],
    });
    child.once("message", (numbers) => resolve(numbers as string[]));
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`worker ${worker} exited with ${code}`)));
  });
}

describe("ticket numbers under concurrency (G1/G11)", () => {
  it("stay unique and gapless when four processes create tickets on one file at once", async () => {
    const tmp = tempDbPath();
    cleanup = tmp.cleanup;
    const migrated = await createApp({
      config: loadConfig({ DATABASE_PATH: tmp.path, LOG_LEVEL: "silent" }),
      log: pino({ level: "silent" }),
      channels: async () => [],
    });
    await migrated.stop();
    const results = await Promise.all([0, 1, 2, 3].map((w) => runWorker(tmp.path, w, 10)));
    const all = results.flat();
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    const sequences = all.map((n) => Number(n.slice(-3))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(all.every((n) => n.startsWith("综合办-20261126-"))).toBe(true);
  }, 60_000);
});
