import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, expect, test } from "vitest";
import { type App, createApp } from "../../../src/app.js";
import { SlackChannel } from "../../../src/channels/slack/slack-channel.js";
import { loadConfig } from "../../../src/config/config.js";
import { zh } from "../../../src/engine/texts/zh.js";
import { engineViews } from "../../../src/engine/views/engine-views.js";
import { FakeClock, shanghai } from "../../support/engine-harness.js";
import { FakeSlackApi, testBotToken } from "../../support/slack-fake-api.js";
import { signingSecret, slackDirectory, teacher } from "../../support/slack-harness.js";
import { dmEvent, SlackRequests } from "../../support/slack-requests.js";
import { eventsApiEnvelope, FakeSlackSocket } from "../../support/slack-socket-fake.js";

interface SocketModeApp {
  app: App;
  slack: SlackChannel;
  api: FakeSlackApi;
  socket: FakeSlackSocket;
  dir: string;
}

let running: SocketModeApp | undefined;
afterEach(async () => {
  if (!running) return;
  const { app, api, socket, dir } = running;
  running = undefined;
  await app.stop();
  await socket.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The whole app with Slack in Socket Mode: `apps.connections.open` on the fake Web API points at the fake socket. */
async function startInSocketMode(): Promise<SocketModeApp> {
  const api = await FakeSlackApi.start({ [teacher.id]: teacher.name });
  const socket = await FakeSlackSocket.start();
  api.socketModeUrl = socket.url;
  const dir = mkdtempSync(join(tmpdir(), "office-desk-slack-socket-"));
  const log = pino({ level: "silent" });
  let app: App | undefined;
  const slack = new SlackChannel({
    token: testBotToken,
    appToken: "xapp-1-A0OFFICE01-0000-test",
    signingSecret,
    apiUrl: api.url,
    port: 0,
    log,
    views: () => engineViews(app!.context),
    retryConfig: { retries: 0 },
  });
  app = await createApp({
    config: loadConfig({ DATABASE_PATH: join(dir, "office.db"), LOG_LEVEL: "silent" }),
    log,
    clock: new FakeClock(shanghai("2026-11-25 10:00")).read,
    directory: slackDirectory(),
    channels: async () => [slack],
  });
  running = { app, slack, api, socket, dir };
  await app.start();
  return running;
}

test("in Socket Mode a teacher's DM is acked over the socket and answered once, even when Slack redelivers it", async () => {
  const { slack, api, socket } = await startInSocketMode();
  expect(api.of("apps.connections.open")).toHaveLength(1);
  expect(socket.connections).toBe(1);

  const body = new SlackRequests("unused", signingSecret).eventBody(dmEvent(teacher, "菜单"));
  const ack = await socket.send(eventsApiEnvelope(body, "env-menu-1"));
  await slack.settled();

  expect(ack).toEqual({ envelope_id: "env-menu-1", payload: {} });
  const [reply, ...more] = api.postedTo(teacher.dm);
  expect(more).toEqual([]);
  expect(String(reply?.args.text)).toContain(zh.menuTitle);

  const redelivered = await socket.send(eventsApiEnvelope(body, "env-menu-2", 1));
  await slack.settled();

  expect(redelivered.envelope_id).toBe("env-menu-2");
  expect(api.postedTo(teacher.dm)).toHaveLength(1);
});
