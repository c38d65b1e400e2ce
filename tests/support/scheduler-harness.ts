import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { pino } from "pino";
import { type App, createApp } from "../../src/app.js";
import type { Channel, OutgoingMessage, Recipient } from "../../src/channels/channel.js";
import { loadConfig } from "../../src/config/config.js";
import type { Reply } from "../../src/core/messages.js";
import { closeDatabase } from "../../src/db/database.js";
import type { OutboxRow } from "../../src/db/queries/outbox.js";
import { getTicketByNumber, type Ticket } from "../../src/db/queries/tickets.js";
import { outbox } from "../../src/db/schema.js";
import type { Directory } from "../../src/directory/directory-schema.js";
import { defaultJobs } from "../../src/scheduler/default-jobs.js";
import type { Job } from "../../src/scheduler/job.js";
import type { JobOptions } from "../../src/scheduler/job-options.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { tempDbPath } from "./temp-db.js";

const zone = "Asia/Shanghai";

/** A Date from school wall time: `at("2026-10-09 17:00")`. */
export function at(wallTime: string): Date {
  const dt = DateTime.fromFormat(wallTime, "yyyy-MM-dd HH:mm", { zone });
  if (!dt.isValid) throw new Error(`bad wall time in test: ${wallTime}`);
  return dt.toJSDate();
}

/** School wall time of an instant, "yyyy-MM-dd HH:mm". */
export function wallOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd HH:mm");
}

export interface Sent {
  to: string;
  message: OutgoingMessage;
  /** Wall time of the fake clock when the channel got it. */
  at: string;
}

/** A channel that records what it is handed; `failWith` makes it refuse (a network error, say). */
export class RecordingChannel implements Channel {
  readonly name = "console" as const;
  readonly sent: Sent[] = [];
  failWith: ((recipient: Recipient, message: OutgoingMessage) => Error | undefined) | undefined;
  constructor(private readonly clock: () => Date) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  canReach(): boolean {
    return true;
  }
  async deliver(recipient: Recipient, message: OutgoingMessage): Promise<void> {
    const error = this.failWith?.(recipient, message);
    if (error) throw error;
    this.sent.push({ to: recipient.name, message, at: wallOf(this.clock()) });
  }
  /** The jobs here send notices only; replies belong to chat turns. */
  async reply(): Promise<void> {}
  to(name: string): Sent[] {
    return this.sent.filter((s) => s.to === name);
  }
}

/** The jobs of the app's services (audit draw, survey reminder …), for `jobs:` when a test wants only those. */
export const serviceJobs = (app: App): Job[] => [...app.context.services.jobs()];

export interface SchedulerHarnessOptions {
  start: string;
  /** Reuse a database file (a restart); default a fresh temp file. */
  dbPath?: string;
  jobOptions?: Partial<JobOptions>;
  jobs?: (app: App) => Job[];
  /** The office directory; default the shipped example. */
  directory?: Directory;
}

/**
 * A whole app on a temp SQLite file with a fake clock, a recording channel and a Scheduler. `tickUntil` moves
 * the clock minute by minute and runs what is due, as node-cron would; `crash()` drops the app without any
 * clean-up and `reopen()` starts a new one on the same file, as a restart after a crash would.
 */
export class SchedulerHarness {
  private constructor(
    readonly app: App,
    readonly scheduler: Scheduler,
    readonly channel: RecordingChannel,
    readonly dbPath: string,
    private readonly clockState: { now: Date },
    private readonly cleanup: () => void,
  ) {}

  static async open(options: SchedulerHarnessOptions, cleanup?: () => void): Promise<SchedulerHarness> {
    const temp = options.dbPath ? undefined : tempDbPath();
    const dbPath = options.dbPath ?? temp!.path;
    const clockState = { now: at(options.start) };
    const clock = () => new Date(clockState.now.getTime());
    const channel = new RecordingChannel(clock);
    const app = await createApp({
      config: loadConfig({ DATABASE_PATH: dbPath, LOG_LEVEL: "silent" }),
      log: pino({ level: "silent" }),
      clock,
      channels: async () => [channel],
      ...(options.directory ? { directory: options.directory } : {}),
    });
    const jobs = options.jobs?.(app) ?? defaultJobs(app.context.settings, options.jobOptions);
    const scheduler = new Scheduler({ ctx: app.context, dispatcher: app.dispatcher, clock, jobs });
    return new SchedulerHarness(
      app,
      scheduler,
      channel,
      dbPath,
      clockState,
      cleanup ?? temp?.cleanup ?? (() => undefined),
    );
  }

  get now(): Date {
    return new Date(this.clockState.now.getTime());
  }

  setNow(wallTime: string | Date): void {
    this.clockState.now = typeof wallTime === "string" ? at(wallTime) : wallTime;
  }

  /** Sends a message as a console user; waits for nothing (the dispatcher runs on the next tick). */
  say(who: string, text: string): Reply[] {
    return this.app.engine.handle({ sender: { channel: "console", userId: who, displayName: who }, text });
  }

  /** Texts of the replies, joined. */
  sayText(who: string, text: string): string {
    return this.say(who, text)
      .map((r) => r.text)
      .join("\n");
  }

  /** Goes through a conversation that ends in a new ticket and returns the ticket. */
  fileTicket(who: string, turns: readonly string[]): Ticket {
    let reply = "";
    for (const turn of turns) reply = this.sayText(who, turn);
    const number = /(?:工单号[：:]|ticket number is)\s*(\S+-\d{8}-\d{3})/.exec(reply)?.[1];
    if (!number) throw new Error(`no ticket number in: ${reply}`);
    return this.ticket(number);
  }

  /** A teaching-equipment repair (urgent): two working hours to respond, one day on site, three to resolve. */
  reportRepair(who = "王老师", text = "教学楼A301 投影仪不亮 分机 8021"): Ticket {
    return this.fileTicket(who, [text, "确认"]);
  }

  ticket(number: string): Ticket {
    const ticket = getTicketByNumber(this.app.db, number);
    if (!ticket) throw new Error(`no ticket ${number}`);
    return ticket;
  }

  /** One scheduler pass at the current fake time (and the outbox sent). */
  async tick(): Promise<void> {
    await this.scheduler.runDue(this.now);
  }

  /** Moves the clock in steps (default one minute) up to `wallTime`, running due jobs at every step. */
  async tickUntil(wallTime: string, stepMinutes = 1): Promise<void> {
    const end = at(wallTime).getTime();
    for (let t = this.now.getTime() + stepMinutes * 60_000; t <= end; t += stepMinutes * 60_000) {
      this.clockState.now = new Date(t);
      await this.scheduler.runDue(this.now);
    }
  }

  outbox(kind?: string): OutboxRow[] {
    const rows = this.app.db.select().from(outbox).orderBy(outbox.id).all();
    return kind ? rows.filter((r) => r.kind === kind) : rows;
  }

  outboxRow(id: number): OutboxRow | undefined {
    return this.app.db.select().from(outbox).where(eq(outbox.id, id)).get();
  }

  /** Messages the channel got whose text contains `fragment`. */
  sentContaining(fragment: string, to?: string): Sent[] {
    return this.channel.sent.filter(
      (s) => s.message.text.includes(fragment) && (to === undefined || s.to === to),
    );
  }

  /** Stops cleanly, as a normal shutdown. */
  async close(): Promise<void> {
    await this.scheduler.stop();
    await this.app.stop();
  }

  /** The process dies: nothing is flushed, the connection is simply gone. */
  async crash(): Promise<void> {
    await this.scheduler.stop();
    closeDatabase(this.app.db);
  }

  /** A new app and scheduler on the same database file, at the current fake time. */
  async reopen(options: Omit<SchedulerHarnessOptions, "start" | "dbPath"> = {}): Promise<SchedulerHarness> {
    const next = await SchedulerHarness.open(
      { ...options, start: wallOf(this.now), dbPath: this.dbPath },
      this.cleanup,
    );
    next.clockState.now = this.now;
    return next;
  }

  dispose(): void {
    this.cleanup();
  }
}
