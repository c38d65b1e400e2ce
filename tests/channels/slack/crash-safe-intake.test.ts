import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { closeDatabase, openDatabase } from "../../../src/db/database.js";
import { conversations } from "../../../src/db/schema.js";
import { eventually, SlackAppProcess } from "../../support/slack-app-process.js";
import { FakeSlackApi } from "../../support/slack-fake-api.js";
import { teacher } from "../../support/slack-harness.js";
import { dmEvent, photoDmEvent } from "../../support/slack-requests.js";

// The bot runs in a child process (`src/main.ts` over Slack's HTTP API with a fake Web API) and is killed with
// SIGKILL at a chosen point, then started again on the same database. Each start compiles the app with tsx.
const slow = 90_000;

let fake: FakeSlackApi;
let dir: string;
const running: SlackAppProcess[] = [];

async function startBot(): Promise<SlackAppProcess> {
  const bot = await SlackAppProcess.start({ databasePath: join(dir, "office.db"), slackApiUrl: fake.url });
  running.push(bot);
  return bot;
}

async function begin(): Promise<void> {
  fake = await FakeSlackApi.start({ [teacher.id]: teacher.name });
  dir = mkdtempSync(join(tmpdir(), "office-desk-crash-"));
}

afterEach(async () => {
  for (const bot of running.splice(0)) await bot.kill();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}, slow);

const textsTo = (channel: string) => fake.postedTo(channel).map((c) => String(c.args.text));

/** The two replies to the opening message: the repair starts, and its first open question is asked. */
function expectOpeningAnsweredOnce(): void {
  const texts = textsTo(teacher.dm);
  expect(texts.filter((t) => t.includes("办理【报修】"))).toHaveLength(1);
  expect(texts.filter((t) => t.includes("联系电话"))).toHaveLength(1);
  expect(new Set(texts).size).toBe(texts.length);
}

function savedConversation() {
  const db = openDatabase(join(dir, "office.db"));
  try {
    return db.select().from(conversations).all();
  } finally {
    closeDatabase(db);
  }
}

test(
  "a message acknowledged right before a kill -9 is answered after the restart",
  async () => {
    await begin();
    let bot = await startBot();
    // The name lookup and the photo's download hang, so the bot is still busy with the message when it dies.
    fake.neverAnswerNext("users.info");
    const url = fake.addFile("projector.jpg", Buffer.from("jpeg bytes"));
    fake.stallFile("projector.jpg");
    const shared = photoDmEvent(teacher, "教学楼A301 投影仪坏了，不亮", { url, size: 10 });
    expect((await bot.requests.event(shared)).status).toBe(200);
    await bot.kill();
    expect(textsTo(teacher.dm)).toEqual([]);

    fake.releaseFile("projector.jpg");
    bot = await startBot();
    expect(await eventually(() => textsTo(teacher.dm).length >= 3)).toBe(true);
    await bot.stop();

    expect(textsTo(teacher.dm).join("\n")).toContain("收到附件");
    expectOpeningAnsweredOnce();
    expect(savedConversation()).toMatchObject([{ userKey: teacher.id, flowId: "repair" }]);
  },
  slow,
);

test(
  "a text message killed right after its 200 is answered exactly once, whatever the moment",
  async () => {
    await begin();
    let bot = await startBot();
    fake.neverAnswerNext("users.info");
    expect((await bot.requests.dm(teacher, "教学楼A301 投影仪坏了，不亮")).status).toBe(200);
    await bot.kill();

    bot = await startBot();
    expect(await eventually(() => textsTo(teacher.dm).length >= 2)).toBe(true);
    await bot.stop();
    expect(textsTo(teacher.dm)).toHaveLength(2);
    expectOpeningAnsweredOnce();
    expect(savedConversation()).toMatchObject([{ userKey: teacher.id, flowId: "repair" }]);
  },
  slow,
);

test(
  "a kill after the turn but before the reply reached Slack: the reply arrives after the restart, once, and 300 retried deliveries change nothing",
  async () => {
    await begin();
    let bot = await startBot();
    fake.stallNext("chat.postMessage", teacher.dm);
    const body = bot.requests.eventBody(dmEvent(teacher, "教学楼A301 投影仪坏了，不亮"));
    expect((await bot.requests.send(body, "application/json")).status).toBe(200);
    expect(await eventually(() => fake.stalled.length === 1)).toBe(true);
    await bot.kill();
    expect(textsTo(teacher.dm)).toEqual([]);

    bot = await startBot();
    expect(await eventually(() => textsTo(teacher.dm).length >= 2)).toBe(true);
    // Slack retries the event (its ack may have looked late): 300 deliveries, 30 at a time.
    for (let round = 0; round < 10; round++) {
      const batch = Array.from({ length: 30 }, (_, i) =>
        bot.requests.send(body, "application/json", { retryNum: round * 30 + i + 1 }),
      );
      for (const response of await Promise.all(batch)) expect(response.status).toBe(200);
    }
    await bot.stop();

    expect(textsTo(teacher.dm)).toHaveLength(2);
    expectOpeningAnsweredOnce();
  },
  slow,
);

test(
  "Slack took the reply but the bot died before hearing back: no second reply after the restart",
  async () => {
    await begin();
    let bot = await startBot();
    fake.neverAnswerNext("chat.postMessage", teacher.dm);
    expect((await bot.requests.dm(teacher, "教学楼A301 投影仪坏了，不亮")).status).toBe(200);
    // Slack has the first reply; the bot waits for an answer that never comes.
    expect(await eventually(() => textsTo(teacher.dm).length === 1)).toBe(true);
    await bot.kill();

    bot = await startBot();
    await bot.requests.dm(teacher, "分机 8021");
    expect(await eventually(() => textsTo(teacher.dm).some((t) => t.includes("8021")))).toBe(true);
    await bot.stop();
    expectOpeningAnsweredOnce();
  },
  slow,
);
