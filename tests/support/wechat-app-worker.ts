import { pino } from "pino";
import { WechatyBuilder } from "wechaty";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import { createApp } from "../../src/app.js";
import { WechatChannel } from "../../src/channels/wechat/wechat-channel.js";
import { loadConfig } from "../../src/config/config.js";

/**
 * The whole app with WeChat (real Wechaty on the mock puppet, real clock) in a process of its own, so a test
 * can kill it with SIGKILL. The teacher and the bot's account have fixed ids, the same after a restart.
 * Messages from the parent: `{ say: text }` (the teacher writes to the bot), `"stall-sends"` (from now on,
 * sending hangs before WeChat gets it). To the parent: `"ready"`, `{ sent: text }`, `{ stalled: text }`.
 */
export type WorkerCommand = { say: string } | "stall-sends";
export type WorkerReport = "ready" | { sent: string } | { stalled: string };

export const workerTeacher = { id: "wxid_teacher_wang", name: "王老师" };
const botId = "wxid_office_desk";

const [path = ""] = process.argv.slice(2);
const report = (message: WorkerReport) => process.send?.(message);

const mocker = new mock.Mocker();
const puppet = new PuppetMock({ mocker });
const wechaty = WechatyBuilder.build({ puppet });
const log = pino({ level: "silent" });
const channel = new WechatChannel({ wechaty, log, qrOutput: process.stderr });
const app = await createApp({
  config: loadConfig({ DATABASE_PATH: path, LOG_LEVEL: "silent", PORT: "0" }),
  log,
  channels: async () => [channel],
});
await app.start();
const bot = mocker.createContact({ id: botId, name: "综合办助手" });
const teacher = mocker.createContact(workerTeacher);
puppet.on("message", ({ messageId }) => {
  const payload = mocker.messagePayload(messageId);
  if (payload.talkerId === botId) report({ sent: payload.text ?? "" });
});
const loggedIn = new Promise<void>((resolve) => wechaty.once("login", () => resolve()));
mocker.login(bot);
await loggedIn;

process.on("message", (command: WorkerCommand) => {
  if (command === "stall-sends") {
    puppet.messageSendText = (_conversation: string, text: string) => {
      report({ stalled: text });
      return new Promise<undefined>(() => {});
    };
  } else teacher.say(command.say).to(bot);
});
report("ready");
