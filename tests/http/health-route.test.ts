import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { ConsoleChannel } from "../../src/channels/console/console-channel.js";
import { loadConfig } from "../../src/config/config.js";
import { FakeClock, shanghai } from "../support/engine-harness.js";
import { SlackHarness } from "../support/slack-harness.js";
import { tempDbPath } from "../support/temp-db.js";
import { WechatHarness } from "../support/wechat-harness.js";

let done: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of done.reverse()) await close();
  done = [];
});

/** The console-only bot, as `npm start` runs it without chat credentials, on a free port. */
async function consoleBot(clock = new FakeClock(shanghai("2026-12-02 10:00"))): Promise<App> {
  const tmp = tempDbPath();
  const input = new PassThrough();
  const app = await createApp({
    config: loadConfig({ DATABASE_PATH: tmp.path, LOG_LEVEL: "silent", PORT: "0" }),
    log: pino({ level: "silent" }),
    clock: clock.read,
    channels: async () => [new ConsoleChannel({ input, output: new PassThrough() })],
  });
  await app.start();
  done.push(async () => {
    input.end();
    await app.stop();
    tmp.cleanup();
  });
  return app;
}

async function health(base: string) {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, body: await response.json() };
}

describe("GET /healthz", () => {
  it("is served by the console-only bot: process, database, channel and scheduler all fine", async () => {
    const app = await consoleBot();
    const { status, body } = await health(`http://127.0.0.1:${app.httpPort}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      database: { writable: true },
      channels: [{ name: "console", up: true, state: "running" }],
      scheduler: { running: true, stale: false },
    });
    expect(typeof body.uptimeSeconds).toBe("number");
  });

  it("says 503 and why when the database no longer takes writes", async () => {
    const app = await consoleBot();
    app.db.$client.pragma("query_only = ON");
    const { status, body } = await health(`http://127.0.0.1:${app.httpPort}`);
    expect(status).toBe(503);
    expect(body.ok).toBe(false);
    expect(body.database).toEqual({ writable: false, error: expect.stringMatching(/readonly/) });
    app.db.$client.pragma("query_only = OFF");
    expect((await health(`http://127.0.0.1:${app.httpPort}`)).status).toBe(200);
  });

  it("reports the scheduler as stalled when no job has run for over ten minutes", async () => {
    const clock = new FakeClock(shanghai("2026-12-02 10:00"));
    const app = await consoleBot(clock);
    expect((await health(`http://127.0.0.1:${app.httpPort}`)).body.scheduler.stale).toBe(false);
    clock.advanceMinutes(11);
    const { status, body } = await health(`http://127.0.0.1:${app.httpPort}`);
    expect(status).toBe(503);
    expect(body.scheduler).toMatchObject({ running: true, stale: true });
  });

  it("is served on Slack's port when Slack runs, with the channel's mode", async () => {
    const h = await SlackHarness.open();
    done.push(() => h.close());
    const { status, body } = await health(h.baseUrl);
    expect(status).toBe(200);
    expect(body.channels).toEqual([{ name: "slack", up: true, state: "http" }]);
    expect(h.app.httpPort).toBeUndefined();
  });

  it("shows a logged-out WeChat account as down", async () => {
    const h = await WechatHarness.open();
    done.push(() => h.close());
    const base = `http://127.0.0.1:${h.app.httpPort}`;
    expect((await health(base)).body.channels).toEqual([{ name: "wechat", up: true, state: "logged-in" }]);
    await h.logout();
    const { status, body } = await health(base);
    expect(status).toBe(503);
    expect(body.channels).toEqual([{ name: "wechat", up: false, state: "logged-out" }]);
  });
});
