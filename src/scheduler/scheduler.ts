import { type Logger as CronLogger, createTask, parse, type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { lastJobRun, recordJobRun } from "../db/queries/job-runs.js";
import type { EngineContext } from "../engine/context.js";
import { CronWindow } from "./cron-window.js";
import { defaultJobs } from "./default-jobs.js";
import type { Job } from "./job.js";
import type { OutboxDispatcher } from "./outbox-dispatcher.js";

export interface SchedulerOptions {
  ctx: EngineContext;
  /** Sends what the jobs queued; also retried on `outboxSchedule` so back-offs come due. */
  dispatcher: Pick<OutboxDispatcher, "dispatchDue">;
  /** Default: `defaultJobs(ctx.settings)`. */
  jobs?: readonly Job[] | undefined;
  /** The one clock (default `ctx.clock`). */
  clock?: (() => Date) | undefined;
  /** node-cron expression, with seconds, for retrying due outbox messages (default every 15 s). */
  outboxSchedule?: string | undefined;
  /** How far back a restart looks for a missed run of a job (default 8 days). */
  catchUpLimitMs?: number | undefined;
}

/** What one pass did, by job name. */
export interface TickReport {
  ran: string[];
  failed: string[];
  /** Still running from an earlier pass, so not started again. */
  busy: string[];
}

type Outcome = "ran" | "failed" | "busy" | "idle";

const minute = 60_000;

/**
 * Runs the jobs on their node-cron schedules in the school's time zone. Each job's last run is kept in
 * `job_runs`, so a restart runs whatever it missed once (the catch-up pass in `start()`), and tests drive the
 * same logic with `runDue(now)` from a fake clock. A job never overlaps itself; one that throws is logged and
 * runs again at its next tick (its last run is not recorded), and never stops the others.
 *
 * ```ts
 * const scheduler = new Scheduler({ ctx, dispatcher, clock });
 * await scheduler.start(); // catch-up pass, then on schedule
 * await scheduler.start({ catchUpInBackground: true }); // on schedule now, the catch-up pass right after
 * await scheduler.runDue(new Date("2026-10-10T02:00:00Z")); // in tests
 * ```
 */
export class Scheduler {
  readonly jobs: readonly Job[];
  readonly #ctx: EngineContext;
  readonly #dispatcher: SchedulerOptions["dispatcher"];
  readonly #clock: () => Date;
  readonly #log: Logger;
  readonly #catchUpLimitMs: number;
  readonly #tasks = new Map<string, ScheduledTask>();
  readonly #windows = new Map<string, CronWindow>();
  readonly #outboxTask: ScheduledTask;
  readonly #running = new Map<string, Promise<Outcome>>();
  /** Per job, the instant up to which its schedule has been handled (run, or looked at without a match). */
  readonly #handledUntil = new Map<string, number>();
  #started = false;

  constructor(options: SchedulerOptions) {
    this.#ctx = options.ctx;
    this.#dispatcher = options.dispatcher;
    this.#clock = options.clock ?? options.ctx.clock;
    this.#log = options.ctx.log.child({ component: "scheduler" });
    this.#catchUpLimitMs = options.catchUpLimitMs ?? 8 * 24 * 60 * minute;
    this.jobs = options.jobs ?? defaultJobs(options.ctx.settings);
    const cron = { timezone: options.ctx.settings.timeZone, noOverlap: true, logger: cronLogger(this.#log) };
    for (const job of this.jobs) {
      if (this.#tasks.has(job.name)) throw new Error(`Scheduler: two jobs are named "${job.name}"`);
      if (parse(job.schedule).second.join() !== "0") {
        throw new Error(
          `Scheduler: job "${job.name}" must use a five-field (per-minute) schedule, got "${job.schedule}"`,
        );
      }
      const task = createTask(job.schedule, () => this.#fromCron(job), {
        ...cron,
        name: `office-desk:${job.name}`,
      });
      this.#tasks.set(job.name, task);
      this.#windows.set(job.name, new CronWindow(task, job.schedule, cron.timezone));
    }
    this.#outboxTask = createTask(options.outboxSchedule ?? "*/15 * * * * *", () => this.#dispatch(), {
      ...cron,
      name: "office-desk:outbox",
    });
  }

  /**
   * Runs what was missed while the bot was down, then starts the node-cron tasks. With `catchUpInBackground`
   * (the app) the tasks start at once and the catch-up pass follows, one job at a time with the event loop free
   * in between, so a long outage's catch-up never holds up start-up or the channels' acknowledgements.
   */
  async start(options: { catchUpInBackground?: boolean } = {}): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const catchUp = async () => {
      const report = await this.runDue(this.#clock(), Boolean(options.catchUpInBackground));
      if (report.ran.length > 0) this.#log.info(report, "catch-up pass done");
    };
    if (!options.catchUpInBackground) await catchUp();
    for (const task of [...this.#tasks.values(), this.#outboxTask]) await task.start();
    if (options.catchUpInBackground)
      void yieldToEventLoop()
        .then(catchUp)
        .catch((error) => this.#log.error({ err: error }, "catch-up pass failed"));
  }

  /** Stops the tasks and waits for running jobs to finish; a catch-up pass in the background stops after its job. */
  async stop(): Promise<void> {
    this.#started = false;
    for (const task of [...this.#tasks.values(), this.#outboxTask]) await task.stop();
    await Promise.allSettled(this.#running.values());
  }

  /**
   * Runs, in order, each job whose schedule matched since its last run, then sends what they queued; with
   * `yieldBetween` the event loop gets a turn between jobs.
   */
  async runDue(now: Date = this.#clock(), yieldBetween = false): Promise<TickReport> {
    const report: TickReport = { ran: [], failed: [], busy: [] };
    for (const job of this.jobs) {
      if (yieldBetween) {
        await yieldToEventLoop();
        // Stopped meanwhile: the rest waits for the next start (job_runs still says what was missed).
        if (!this.#started) break;
      }
      const outcome = await this.#runIfDue(job, now);
      if (outcome !== "idle") report[outcome].push(job.name);
    }
    await this.#dispatch();
    return report;
  }

  async #fromCron(job: Job): Promise<void> {
    if ((await this.#runIfDue(job, this.#clock())) === "ran") await this.#dispatch();
  }

  async #runIfDue(job: Job, now: Date): Promise<Outcome> {
    if (this.#running.has(job.name)) return "busy";
    try {
      if (!this.#matchedSince(job, this.#handledSince(job, now), now)) {
        this.#handledUntil.set(job.name, Math.max(now.getTime(), this.#handledUntil.get(job.name) ?? 0));
        return "idle";
      }
    } catch (error) {
      this.#log.error({ err: error, job: job.name }, "could not tell whether a scheduled job is due");
      return "failed";
    }
    const run = this.#run(job, now);
    this.#running.set(job.name, run);
    try {
      return await run;
    } finally {
      this.#running.delete(job.name);
    }
  }

  /** A failed run leaves this untouched, so the next tick finds the same match and tries again. */
  async #run(job: Job, now: Date): Promise<Outcome> {
    try {
      await job.run(this.#ctx, now);
      recordJobRun(this.#ctx.db, job.name, now);
      this.#handledUntil.set(job.name, now.getTime());
      return "ran";
    } catch (error) {
      this.#log.error({ err: error, job: job.name }, "scheduled job failed; it runs again at its next tick");
      return "failed";
    }
  }

  /**
   * Where to look for missed schedule matches from: the last run kept in `job_runs` after a (re)start, then what
   * this process has handled. A job seen for the first time counts from a minute ago and is recorded, so a
   * restart later catches up from there.
   */
  #handledSince(job: Job, now: Date): number {
    const known = this.#handledUntil.get(job.name);
    if (known !== undefined) return known;
    const last = lastJobRun(this.#ctx.db, job.name);
    if (!last) recordJobRun(this.#ctx.db, job.name, now);
    const since = last?.getTime() ?? now.getTime() - minute;
    this.#handledUntil.set(job.name, since);
    return since;
  }

  /** Whether the job's schedule fired at a minute in (since, now], looking back at most `catchUpLimitMs`. */
  #matchedSince(job: Job, since: number, now: Date): boolean {
    const from = Math.max(since, now.getTime() - this.#catchUpLimitMs);
    return this.#windows.get(job.name)!.firedBetween(from, now.getTime());
  }

  async #dispatch(): Promise<void> {
    await this.#dispatcher
      .dispatchDue()
      .catch((error) => this.#log.error({ err: error }, "outbox dispatch failed"));
  }
}

const yieldToEventLoop = () => new Promise<void>((done) => setImmediate(done));

function cronLogger(log: Logger): CronLogger {
  return {
    info: (message) => log.debug(message),
    warn: (message) => log.warn(message),
    error: (message, err) => log.error({ err: err ?? message }, "node-cron error"),
    debug: (message) => log.debug({ detail: message }, "node-cron"),
  };
}
