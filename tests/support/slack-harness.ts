import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CustomRoute } from "@slack/bolt";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { type App, createApp } from "../../src/app.js";
import { boltRoutes } from "../../src/channels/slack/http-routes.js";
import { SlackChannel } from "../../src/channels/slack/slack-channel.js";
import { loadConfig } from "../../src/config/config.js";
import { closeDatabase } from "../../src/db/database.js";
import { people, tickets } from "../../src/db/schema.js";
import type { Directory } from "../../src/directory/directory-schema.js";
import { loadDirectory } from "../../src/directory/load-directory.js";
import { engineViews } from "../../src/engine/views/engine-views.js";
import { FakeClock, shanghai } from "./engine-harness.js";
import { FakeSlackApi, type SlackCall, testBotToken } from "./slack-fake-api.js";
import { SlackRequests, type Teacher } from "./slack-requests.js";

export const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";

/** A teacher who is not in the directory (a requester), with the id of their DM with the bot. */
export const teacher: Teacher = { id: "U0TEACHER01", dm: "D0TEACHER01", name: "王老师" };
/** The technician (后勤, handles repairs); the example directory gives him no Slack id, so the tests do. */
export const technician = { id: "U0LIUSHIFU", dm: "D0LIUSHIFU", name: "刘师傅" };
/** 会务组 (meetings team, handles room bookings). */
export const meetingsClerk = { id: "U0HUIWU001", dm: "D0HUIWU001", name: "王会务" };
export const officeHead = { id: "U0HEAD0001", name: "张主任" };

/** The example directory, with 刘师傅 on Slack so repairs reach a Slack clerk. */
export function slackDirectory(): Directory {
  const directory = loadDirectory("./examples/directory.yaml");
  return {
    ...directory,
    people: directory.people.map((p) =>
      p.name === technician.name ? { ...p, slack: technician.id, preferred: "slack" as const } : p,
    ),
  };
}

export interface SlackHarnessOptions {
  /** Default Wednesday 2026-11-25 10:00 in Shanghai (a working day). */
  now?: Date;
  /** Reuse the database folder of an earlier harness (a restart). */
  dir?: string;
  fake?: FakeSlackApi;
  /** A Web API served elsewhere (the bench's fake runs in another thread); `fake` then stays idle. */
  apiUrl?: string;
  /** The Web API client's own retries (default none, so a failure reaches the outbox at once). */
  webApiRetries?: number;
  /** How long a Web API call may stay unanswered (default the channel's 10 s). */
  webApiTimeoutMs?: number;
  /** Other HTTP routes on the bot's port; default the app's own (health, iCal feeds), as the composition root mounts them. */
  customRoutes?: CustomRoute[];
}

/**
 * The whole app — real SQLite in a temp folder, real engine, real Bolt `App` over HTTP on 127.0.0.1 — with
 * its Web API pointed at a local fake Slack. `requests` sends signed Slack payloads; `settle()` waits until
 * every acknowledged request is handled and the outbox is drained, so tests never sleep.
 */
export class SlackHarness {
  private constructor(
    readonly app: App,
    readonly slack: SlackChannel,
    readonly fake: FakeSlackApi,
    readonly requests: SlackRequests,
    readonly clock: FakeClock,
    readonly dir: string,
  ) {}

  static async open(options: SlackHarnessOptions = {}): Promise<SlackHarness> {
    const fake =
      options.fake ??
      (await FakeSlackApi.start({
        [teacher.id]: teacher.name,
        [technician.id]: technician.name,
        [meetingsClerk.id]: meetingsClerk.name,
      }));
    const dir = options.dir ?? mkdtempSync(join(tmpdir(), "office-desk-slack-"));
    const clock = new FakeClock(options.now ?? shanghai("2026-11-25 10:00"));
    const log = pino({ level: "silent" });
    let app: App | undefined;
    let slack: SlackChannel | undefined;
    app = await createApp({
      config: loadConfig({ DATABASE_PATH: join(dir, "office.db"), LOG_LEVEL: "silent" }),
      log,
      clock: clock.read,
      directory: slackDirectory(),
      catchUpInBackground: false,
      channels: async (setup) => {
        slack = new SlackChannel({
          token: testBotToken,
          signingSecret,
          apiUrl: options.apiUrl ?? fake.url,
          port: 0,
          host: "127.0.0.1",
          log,
          views: () => engineViews(app!.context),
          retryConfig: { retries: options.webApiRetries ?? 0, minTimeout: 10, maxTimeout: 10 },
          webApiTimeoutMs: options.webApiTimeoutMs,
          customRoutes: options.customRoutes ?? boltRoutes(setup.httpRoutes, log),
        });
        return [slack];
      },
    });
    if (!slack) throw new Error("the Slack channel was not built");
    await app.start();
    const requests = new SlackRequests(`http://127.0.0.1:${slack.port}/slack/events`, signingSecret);
    return new SlackHarness(app, slack, fake, requests, clock, dir);
  }

  /** The bot's own HTTP address, e.g. "http://127.0.0.1:49152". */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.slack.port}`;
  }

  /** Waits for the work after every ack, then drains the outbox through the Slack channel, until all is quiet. */
  async settle(): Promise<void> {
    for (;;) {
      await this.slack.settled();
      await this.app.inbox.settled();
      await this.slack.settled();
      const report = await this.app.dispatcher.dispatchDue();
      await this.slack.settled();
      if (report.sent + report.retried + report.failed === 0) return;
    }
  }

  /** Messages the bot posted into a DM or to a user id, oldest first. */
  postedTo(channel: string): SlackCall[] {
    return this.fake.postedTo(channel);
  }

  lastPostedTo(channel: string): SlackCall {
    const posted = this.postedTo(channel).at(-1);
    if (!posted) throw new Error(`nothing was posted to ${channel}`);
    return posted;
  }

  /** chat.update calls made on the message with this ts. */
  updatesOf(posted: SlackCall): SlackCall[] {
    return this.fake.of("chat.update").filter((c) => c.args.ts === posted.response.ts);
  }

  /** All the text the bot posted into a DM or to a user id, joined. */
  textTo(channel: string): string {
    return this.postedTo(channel)
      .map((c) => String(c.args.text))
      .join("\n---\n");
  }

  ticketRows() {
    return this.app.db.select().from(tickets).all();
  }

  personBySlackId(id: string) {
    return this.app.db.select().from(people).where(eq(people.slackUserId, id)).get();
  }

  /** Stops the app (the database stays for a restart). */
  async stop(): Promise<void> {
    await this.app.stop();
  }

  /**
   * The process dies: the scheduler and the HTTP receiver stop, the database connection is simply gone, and
   * nothing waits for a delivery still in flight.
   */
  async crash(): Promise<void> {
    await this.app.scheduler.stop();
    await this.slack.stop();
    closeDatabase(this.app.db);
  }

  async close(): Promise<void> {
    await this.app.stop();
    await this.fake.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
