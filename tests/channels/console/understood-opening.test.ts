import { PassThrough } from "node:stream";
import { pino } from "pino";
import { expect, it } from "vitest";
import { createApp } from "../../../src/app.js";
import { ConsoleChannel } from "../../../src/channels/console/console-channel.js";
import { loadConfig } from "../../../src/config/config.js";
import { shanghai } from "../../support/engine-harness.js";
import { tempDbPath } from "../../support/temp-db.js";

it("on the console an everyday booking request starts with room and time taken, and chatter gets the menu listed once", async () => {
  const tmp = tempDbPath();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.setEncoding("utf8").on("data", (chunk: string) => {
    printed += chunk;
  });
  const channel = new ConsoleChannel({ input, output });
  const app = await createApp({
    config: loadConfig({ DATABASE_PATH: tmp.path, LOG_LEVEL: "silent" }),
    log: pino({ level: "silent" }),
    clock: () => shanghai("2026-11-26 10:00"),
    channels: async () => [channel],
  });
  try {
    await app.start();
    input.end("明天下午两点到四点借301会议室开教研会，需要投影仪\n取消\n今天天气不错\n");
    await channel.closed();
  } finally {
    await app.stop();
    tmp.cleanup();
  }
  expect(printed).toContain("【会议室预约】");
  expect(printed).not.toContain("请问要预约哪个场地");
  expect(printed).not.toContain("请问什么时间使用");
  // The short menu is listed once: as the numbered choices only.
  expect(printed.match(/\d+\. 报修/g)).toHaveLength(1);
});
