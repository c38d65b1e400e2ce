import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/config.js";
import { closeDatabase, openDatabase } from "../../src/db/database.js";
import { bookings, tickets } from "../../src/db/schema.js";
import type { RaceResult } from "../support/booking-race-worker.js";
import { tempDbPath } from "../support/temp-db.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const thursday10 = new Date("2026-11-26T10:00:00+08:00").getTime();
const worker = fileURLToPath(new URL("../support/booking-race-worker.ts", import.meta.url));

/** Starts `count` processes, waits until each is ready, then lets them all book at once. */
async function race(path: string, mode: "reserve" | "engine", count: number): Promise<RaceResult[]> {
  const children: ChildProcess[] = [];
  const ready: Promise<void>[] = [];
  const results: Promise<RaceResult>[] = [];
  for (let i = 0; i < count; i++) {
    const child = fork(worker, [path, mode, String(i), String(thursday10)], {
      execArgv: ["--import", "tsx"],
    });
    children.push(child);
    ready.push(new Promise((resolve) => child.once("message", () => resolve())));
    results.push(
      new Promise((resolve, reject) => {
        child.on("message", (m) => m !== "ready" && resolve(m as RaceResult));
        child.once("error", reject);
        child.once("exit", (code) => code !== 0 && reject(new Error(`worker ${i} exited with ${code}`)));
      }),
    );
  }
  await Promise.all(ready);
  for (const child of children) child.send("go");
  return Promise.all(results);
}

async function migratedFile(): Promise<string> {
  const tmp = tempDbPath();
  cleanup = tmp.cleanup;
  const app = await createApp({
    config: loadConfig({ DATABASE_PATH: tmp.path, LOG_LEVEL: "silent" }),
    log: pino({ level: "silent" }),
    channels: async () => [],
  });
  await app.stop();
  return tmp.path;
}

describe("booking one slot from many processes at once (G6)", () => {
  it("lets exactly one of eight simultaneous bookings from separate connections win; the others get the nearest free alternatives", async () => {
    const path = await migratedFile();
    const results = await race(path, "reserve", 8);
    expect(results.filter((r) => r.won)).toHaveLength(1);
    for (const loser of results.filter((r) => !r.won)) {
      expect(loser.alternatives).toEqual([
        "r301 2026-11-30T04:30:00.000Z",
        "r301 2026-11-30T07:30:00.000Z",
        "a201 2026-11-30T06:00:00.000Z",
        "hall 2026-11-30T06:00:00.000Z",
      ]);
    }
    const db = openDatabase(path);
    const rows = db.select().from(bookings).all();
    closeDatabase(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ roomId: "r301", status: "pending" });
  }, 120_000);

  it("gives exactly one of four teachers confirming the same slot in chat a ticket; the rest are offered other times and rooms", async () => {
    const path = await migratedFile();
    const results = await race(path, "engine", 4);
    const winners = results.filter((r) => r.won);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.won)) {
      expect(loser.reply).toContain("抱歉，301会议室在 11月30日(周一) 14:00–15:30 已被预约。");
      expect(loser.alternatives).toEqual([
        "301会议室 11月30日(周一) 12:30–14:00",
        "301会议室 11月30日(周一) 15:30–17:00",
        "教学楼A201多媒体教室 11月30日(周一) 14:00–15:30",
        "报告厅 11月30日(周一) 14:00–15:30",
      ]);
    }
    const db = openDatabase(path);
    const made = {
      tickets: db.select().from(tickets).all().length,
      bookings: db.select().from(bookings).all().length,
    };
    closeDatabase(db);
    expect(made).toEqual({ tickets: 1, bookings: 1 });
  }, 120_000);
});
