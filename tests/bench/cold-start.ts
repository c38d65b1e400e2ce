// The bot started as production starts it (the compiled `dist/`, built first when missing or stale, as
// `npm start` does), on a copy of the generated database, console channel only: how long until it logs
// "office-desk started", its resident memory then, and after a long outage how fast it answers while it
// catches up. Runs on its own too: `npx tsx tests/bench/cold-start.ts <database> [runs]`.
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { buildWhenStale } from "../../scripts/compiled-main.mjs";
import { ConsoleProcess } from "../support/engine-console-process.js";

const hour = 3_600_000;

export interface ColdStart {
  readyMs: number;
  rssMb: number;
}

export interface OutageStart {
  readyMs: number;
  /** From "office-desk started" to "catch-up pass done". */
  catchUpMs: number;
  /** How long each message sent during the catch-up took to be answered, in order. */
  answerMs: number[];
}

/** Compiles `dist/` when it is missing or older than the sources (as `npm start` does); throws if tsc fails. */
export function ensureCompiled(): void {
  if (!buildWhenStale()) throw new Error("npm run build failed");
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Sets the clocks a restart looks at: when each job last ran, and when the live conversations were touched. */
function lastSeen(databasePath: string, { jobsRanAgoMs, conversationsIdleMs }: Record<string, number>): void {
  const db = new Database(databasePath);
  const now = Date.now();
  db.prepare("update job_runs set last_run_at = ?").run(now - jobsRanAgoMs!);
  db.prepare("update conversations set updated_at = ? where flow_id is not null").run(
    now - conversationsIdleMs!,
  );
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

/** The compiled bot on `databasePath`, logging at info: resolves with the milliseconds until it is ready. */
async function started(databasePath: string): Promise<{ bot: ConsoleProcess; readyMs: number }> {
  const began = performance.now();
  const bot = new ConsoleProcess(databasePath, {
    compiled: true,
    logLevel: "info",
    backupDir: join(dirname(databasePath), "backups"),
  });
  const exited = bot.exited.then((code) => {
    throw new Error(`the bot exited (${code}) before starting:\n${bot.stderr}`);
  });
  await Promise.race([bot.until(() => bot.stderr.includes("office-desk started")), exited]);
  return { bot, readyMs: performance.now() - began };
}

const caughtUp = (bot: ConsoleProcess) => bot.stderr.includes("catch-up pass done");

async function stop(bot: ConsoleProcess): Promise<void> {
  bot.kill();
  await bot.exited;
}

/** Types a line as the console's teacher; resolves with the milliseconds until the bot's reply is printed. */
async function answerMs(bot: ConsoleProcess, text: string): Promise<number> {
  const replies = () => bot.stdout.split("🤖 → ").length;
  const before = replies();
  const sent = performance.now();
  bot.type(text);
  await bot.until(() => replies() > before);
  return performance.now() - sent;
}

/**
 * A copy of `generated` the bot has already run on and caught up with, as a restart normally finds it: the
 * generated tickets are overdue by the wall clock and many resolutions unrated, so a first start sends a flood of
 * alerts and the next catch-up (here after half an hour down) the reminders.
 */
export async function settledCopy(generated: string, target: string): Promise<void> {
  copyFileSync(generated, target);
  rmSync(`${target}-wal`, { force: true });
  for (const jobsRanAgoMs of [0, 30 * 60_000]) {
    lastSeen(target, { jobsRanAgoMs, conversationsIdleMs: 60_000 });
    const { bot } = await started(target);
    await Promise.race([bot.until(() => caughtUp(bot)), sleep(120_000)]);
    await stop(bot);
  }
}

/** An ordinary restart: jobs ran a minute ago, the live conversations are a few minutes old. */
export async function coldStart(databasePath: string): Promise<ColdStart> {
  lastSeen(databasePath, { jobsRanAgoMs: 60_000, conversationsIdleMs: 5 * 60_000 });
  const { bot, readyMs } = await started(databasePath);
  // Resident memory once start-up work (and any catch-up it kicked off) has settled.
  await sleep(1500);
  const rss = rssMb(bot.pid!);
  await stop(bot);
  return { readyMs, rssMb: rss };
}

/**
 * A restart after `hoursDown` hours: every job missed its runs and every live conversation timed out. A teacher
 * sends a message every 50 ms after the answer to the last one, until the catch-up pass is done.
 */
export async function outageStart(databasePath: string, hoursDown: number): Promise<OutageStart> {
  lastSeen(databasePath, { jobsRanAgoMs: hoursDown * hour, conversationsIdleMs: hoursDown * hour });
  const { bot, readyMs } = await started(databasePath);
  const began = performance.now();
  const answers: number[] = [];
  const giveUp = began + 120_000;
  while ((!caughtUp(bot) || answers.length === 0) && performance.now() < giveUp) {
    answers.push(await answerMs(bot, "菜单"));
    await sleep(50);
  }
  const catchUpMs = performance.now() - began;
  await stop(bot);
  return { readyMs, catchUpMs, answerMs: answers };
}

// On its own: a few ordinary restarts and one after 20 hours down, on a copy of the given database.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [source, runs = "3"] = process.argv.slice(2);
  if (!source) throw new Error("usage: npx tsx tests/bench/cold-start.ts <database> [runs]");
  ensureCompiled();
  const copy = join(dirname(resolve(source)), "cold-start-copy.db");
  await settledCopy(source, copy);
  for (let i = 0; i < Number(runs); i++) {
    const { readyMs, rssMb } = await coldStart(copy);
    console.log(`restart: ready ${Math.round(readyMs)} ms, ${rssMb} MB`);
  }
  const outage = await outageStart(copy, 20);
  const worst = Math.max(...outage.answerMs);
  console.log(
    `after 20 h down: ready ${Math.round(outage.readyMs)} ms, catch-up ${Math.round(outage.catchUpMs)} ms, ${outage.answerMs.length} answers meanwhile, slowest ${Math.round(worst)} ms`,
  );
  rmSync(copy, { force: true });
}
