// The bot started as production starts it (the compiled `dist/`, built first when missing or stale, as
// `npm start` does), on a copy of the generated database, console channel only: how long until it logs
// "office-desk started", its resident memory then, and after a long outage how fast it answers while it
// catches up. Runs on its own too: `npx tsx tests/bench/cold-start.ts <database> [runs]`.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { buildWhenStale, compiledMain } from "../../scripts/compiled-main.mjs";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));
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

class RunningBot {
  readonly #child: ChildProcessWithoutNullStreams;
  #log = "";
  #out = "";
  readonly #waiters: (() => void)[] = [];
  readonly ready: Promise<number>;

  constructor(databasePath: string) {
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_PATH: databasePath,
      LOG_LEVEL: "info",
      PORT: "0",
      BACKUP_DIR: join(dirname(databasePath), "backups"),
    };
    const started = performance.now();
    this.#child = spawn(process.execPath, [compiledMain], { cwd: repo, env });
    this.#child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      this.#out += chunk;
      this.#wake();
    });
    this.#child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      this.#log += chunk;
      this.#wake();
    });
    this.ready = this.until(() => this.#log.includes("office-desk started")).then(
      () => performance.now() - started,
    );
  }

  get pid(): number {
    return this.#child.pid!;
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Resolves once `condition` holds for what the bot printed; rejects if it exits first. */
  until(condition: () => boolean): Promise<void> {
    return new Promise((done, fail) => {
      const check = () => {
        if (condition()) return done();
        if (this.#child.exitCode !== null) return fail(new Error(`the bot exited:\n${this.#log}`));
        this.#waiters.push(check);
      };
      check();
    });
  }

  caughtUp(): boolean {
    return this.#log.includes("catch-up pass done");
  }

  /** Types a line as the console's teacher; resolves with the milliseconds until the bot's reply is printed. */
  async ask(text: string): Promise<number> {
    const replies = () => this.#out.split("🤖 → ").length;
    const before = replies();
    const sent = performance.now();
    this.#child.stdin.write(`${text}\n`);
    await this.until(() => replies() > before);
    return performance.now() - sent;
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null) return;
    const exited = new Promise((done) => this.#child.once("exit", done));
    this.#child.kill("SIGTERM");
    await exited;
  }
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
    const bot = new RunningBot(target);
    try {
      await bot.ready;
      await Promise.race([bot.until(() => bot.caughtUp()), sleep(120_000)]);
    } finally {
      await bot.stop();
    }
  }
}

/** An ordinary restart: jobs ran a minute ago, the live conversations are a few minutes old. */
export async function coldStart(databasePath: string): Promise<ColdStart> {
  lastSeen(databasePath, { jobsRanAgoMs: 60_000, conversationsIdleMs: 5 * 60_000 });
  const bot = new RunningBot(databasePath);
  try {
    const readyMs = await bot.ready;
    // Resident memory once start-up work (and any catch-up it kicked off) has settled.
    await sleep(1500);
    return { readyMs, rssMb: rssMb(bot.pid) };
  } finally {
    await bot.stop();
  }
}

/**
 * A restart after `hoursDown` hours: every job missed its runs and every live conversation timed out. A teacher
 * sends a message every 50 ms after the answer to the last one, until the catch-up pass is done.
 */
export async function outageStart(databasePath: string, hoursDown: number): Promise<OutageStart> {
  lastSeen(databasePath, { jobsRanAgoMs: hoursDown * hour, conversationsIdleMs: hoursDown * hour });
  const bot = new RunningBot(databasePath);
  try {
    const readyMs = await bot.ready;
    const began = performance.now();
    const answerMs: number[] = [];
    const giveUp = began + 120_000;
    while ((!bot.caughtUp() || answerMs.length === 0) && performance.now() < giveUp) {
      answerMs.push(await bot.ask("菜单"));
      await sleep(50);
    }
    await Promise.race([bot.until(() => bot.caughtUp()), sleep(Math.max(0, giveUp - performance.now()))]);
    return { readyMs, catchUpMs: performance.now() - began, answerMs };
  } finally {
    await bot.stop();
  }
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
