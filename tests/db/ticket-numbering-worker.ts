import { pino } from "pino";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/config.js";

// One of several processes creating tickets on the same SQLite file at the same moment.
const [path = "", worker, count, now] = process.argv.slice(2);
const app = await createApp({
  config: loadConfig({ DATABASE_PATH: path, LOG_LEVEL: "silent" }),
  log: pino({ level: "silent" }),
  clock: () => new Date(Number(now)),
  channels: async () => [],
});
const numbers: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const sender = { channel: "console" as const, userId: `老师${worker}-${i}` };
  app.engine.handle({
    sender,
    text: "报修\n地点: 教学楼A301\n问题: 灯不亮\n类别: 水电\n紧急: 否\n联系方式: 分机 8021",
  });
  const [reply] = app.engine.handle({ sender, text: "确认" });
  const number = /综合办-\d{8}-\d{3}/.exec(reply?.text ?? "")?.[0];
  if (number) numbers.push(number);
}
await app.stop();
process.send?.(numbers);
