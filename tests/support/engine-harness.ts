import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { pino } from "pino";
import { afterEach, beforeEach } from "vitest";
import { type App, type AppOptions, createApp } from "../../src/app.js";
import type { Channel, OutgoingMessage, Recipient } from "../../src/channels/channel.js";
import { loadConfig } from "../../src/config/config.js";
import type { Inbound, Reply } from "../../src/core/messages.js";
import { closeDatabase, openDatabase } from "../../src/db/database.js";
import type { Directory } from "../../src/directory/directory-schema.js";

export const schoolZone = "Asia/Shanghai";

/** A Date from school wall time: `shanghai("2026-11-26 10:00")` (a Thursday, a working day). */
export function shanghai(wall: string): Date {
  const dt = DateTime.fromFormat(wall, "yyyy-MM-dd HH:mm", { zone: schoolZone });
  if (!dt.isValid) throw new Error(`bad wall time in test: ${wall}`);
  return dt.toJSDate();
}

/** School wall time of an instant, "yyyy-MM-dd HH:mm". */
export function wall(at: Date): string {
  return DateTime.fromJSDate(at, { zone: schoolZone }).toFormat("yyyy-MM-dd HH:mm");
}

/** The one clock every piece of the app reads; tests move it instead of sleeping. */
export class FakeClock {
  #now: Date;
  constructor(start: Date) {
    this.#now = start;
  }
  readonly read = (): Date => new Date(this.#now.getTime());
  set(at: Date): void {
    this.#now = at;
  }
  advanceMinutes(minutes: number): void {
    this.#now = new Date(this.#now.getTime() + minutes * 60_000);
  }
}

export interface Delivery {
  to: string;
  text: string;
  message: OutgoingMessage;
}

/** A channel that keeps what the outbox dispatcher hands it, so tests can read the clerks' messages. */
export class CapturingChannel implements Channel {
  readonly name = "console" as const;
  readonly deliveries: Delivery[] = [];
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  canReach(): boolean {
    return true;
  }
  async deliver(recipient: Recipient, message: OutgoingMessage): Promise<void> {
    this.deliveries.push({ to: recipient.name, text: message.text, message });
  }
  /** Tests here run the engine directly and read its replies; none come through the outbox. */
  async reply(): Promise<void> {}
}

let template: string | undefined;

/** A migrated, empty database file made once per test process; copying it is much cheaper than migrating. */
function migratedTemplate(): string {
  if (template && existsSync(template)) return template;
  const dir = mkdtempSync(join(tmpdir(), "office-desk-template-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  template = join(dir, "template.db");
  closeDatabase(openDatabase(template));
  return template;
}

/** One person typing into the engine, as the console would send it. */
export interface ChatUser {
  readonly name: string;
  /** Sends a message; returns all replies' texts joined by blank lines. */
  say(text: string): string;
  /** Sends a message; returns the replies as they are (with choices). */
  send(text: string, extra?: Partial<Inbound>): Reply[];
}

export interface EngineHarnessOptions {
  /** Start time; default Thursday 2026-11-26 10:00 in Shanghai. */
  now?: Date;
  flowsDir?: string;
  /** The office directory; default the shipped example (examples/directory.yaml). */
  directory?: Directory;
  /** The app's services; by default the real ones (room booking, tickets). */
  services?: AppOptions["services"];
  /** Start the app (scheduler, HTTP server on a free port) so web pages can be opened at `baseUrl`. */
  http?: boolean;
}

/**
 * A whole app (real SQLite file in a temp folder, the real engine, directory and flows) with a fake clock and
 * a capturing channel. `restart()` closes it and opens a new app on the same file, as a redeploy would.
 *
 * ```ts
 * const h = await openEngineHarness();
 * h.user("王老师").say("投影仪坏了");
 * await h.delivered(); // the clerks' messages
 * ```
 */
export class EngineHarness {
  readonly dir: string;
  readonly dbPath: string;
  readonly clock: FakeClock;
  app!: App;
  channel!: CapturingChannel;

  readonly #ownsDir: boolean;

  #directory: Directory | undefined;

  private constructor(clock: FakeClock, dir?: string) {
    this.#ownsDir = dir === undefined;
    this.dir = dir ?? mkdtempSync(join(tmpdir(), "office-desk-engine-"));
    this.dbPath = join(this.dir, "office.db");
    this.clock = clock;
  }

  static async open(options: EngineHarnessOptions = {}): Promise<EngineHarness> {
    const harness = new EngineHarness(new FakeClock(options.now ?? shanghai("2026-11-26 10:00")));
    harness.#directory = options.directory;
    copyFileSync(migratedTemplate(), harness.dbPath);
    harness.#services = options.services;
    harness.#http = options.http ?? false;
    await harness.#start(options.flowsDir);
    return harness;
  }

  /** A second app (another process, say) on the same database file and clock; close it before this one. */
  async sibling(): Promise<EngineHarness> {
    const other = new EngineHarness(this.clock, this.dir);
    await other.#start();
    return other;
  }

  #services: AppOptions["services"];
  #http = false;

  async #start(flowsDir?: string): Promise<void> {
    const channel = new CapturingChannel();
    this.app = await createApp({
      config: loadConfig({ DATABASE_PATH: this.dbPath, LOG_LEVEL: "silent", PORT: "0" }),
      log: pino({ level: "silent" }),
      clock: this.clock.read,
      channels: async () => [channel],
      ...(flowsDir ? { flowsDir } : {}),
      ...(this.#directory ? { directory: this.#directory } : {}),
      ...(this.#services ? { services: this.#services } : {}),
    });
    this.channel = channel;
    if (this.#http) await this.app.start();
  }

  /** Where the app's HTTP server listens (only with `http: true`). */
  get baseUrl(): string {
    if (this.app.httpPort === undefined) throw new Error("open the harness with { http: true }");
    return `http://127.0.0.1:${this.app.httpPort}`;
  }

  get db() {
    return this.app.db;
  }

  /** A console user; directory members (刘师傅, 李文员 …) are recognised by name. */
  user(name: string, channel: Inbound["sender"]["channel"] = "console"): ChatUser {
    const send = (text: string, extra: Partial<Inbound> = {}) =>
      this.app.engine.handle({ sender: { channel, userId: name, displayName: name }, text, ...extra });
    return {
      name,
      send,
      say: (text) =>
        send(text)
          .map((r) => r.text)
          .join("\n\n"),
    };
  }

  /** Sends everything the outbox holds and returns (and forgets) what was delivered since the last call. */
  async delivered(): Promise<Delivery[]> {
    await this.app.dispatcher.dispatchDue();
    return this.channel.deliveries.splice(0);
  }

  /** Closes the app and opens a new one on the same database file (a restart or a redeploy). */
  async restart(options: { flowsDir?: string } = {}): Promise<void> {
    await this.app.stop();
    await this.#start(options.flowsDir);
  }

  /**
   * Restores a backup as the README says: stop the bot, copy the backup over the database file (dropping the
   * old file's -wal and -shm), start the bot.
   */
  async restoreBackup(backupFile: string): Promise<void> {
    await this.app.stop();
    for (const suffix of ["-wal", "-shm"]) rmSync(`${this.dbPath}${suffix}`, { force: true });
    copyFileSync(backupFile, this.dbPath);
    await this.#start();
  }

  async close(): Promise<void> {
    await this.app.stop();
    if (this.#ownsDir) rmSync(this.dir, { recursive: true, force: true });
  }
}

export const openEngineHarness = (options?: EngineHarnessOptions) => EngineHarness.open(options);

/**
 * A new harness for each test of the file: opened before the test, closed after it. The object returned stands
 * for the running test's harness, so a file declares it once at the top.
 *
 * ```ts
 * const h = engineHarnessPerTest();
 * it("…", () => h.user("王老师").say("菜单"));
 * ```
 */
export function engineHarnessPerTest(options?: EngineHarnessOptions): EngineHarness {
  let current: EngineHarness | undefined;
  beforeEach(async () => {
    current = await openEngineHarness(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const running = () => {
    if (!current) throw new Error("the engine harness is open only while a test runs");
    return current;
  };
  return new Proxy({} as EngineHarness, {
    get(_, key) {
      const harness = running();
      const value: unknown = Reflect.get(harness, key, harness);
      return typeof value === "function" ? value.bind(harness) : value;
    },
    set: (_, key, value) => Reflect.set(running(), key, value),
    getPrototypeOf: () => EngineHarness.prototype,
  });
}

/** The ticket number in a reply, e.g. "综合办-20261126-001". */
export function ticketNumberIn(text: string): string {
  const match = /综合办-\d{8}-\d{3}/.exec(text);
  if (!match) throw new Error(`no ticket number in: ${text}`);
  return match[0];
}
