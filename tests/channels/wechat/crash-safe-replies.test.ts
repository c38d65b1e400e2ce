import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, expect, test } from "vitest";
import { eventually } from "../../support/slack-app-process.js";
import { tempDbPath } from "../../support/temp-db.js";
import type { WorkerCommand, WorkerReport } from "../../support/wechat-app-worker.js";

const worker = fileURLToPath(new URL("../../support/wechat-app-worker.ts", import.meta.url));

let cleanup: () => void = () => {};
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  cleanup();
});

/** The bot with WeChat in its own process; `sent` and `stalled` collect what it sends, across restarts. */
async function startBot(path: string, seen: { sent: string[]; stalled: string[] }) {
  const child = fork(worker, [path], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
  children.push(child);
  await new Promise<void>((ready, fail) => {
    child.on("message", (message: WorkerReport) => {
      if (message === "ready") ready();
      else if ("sent" in message) seen.sent.push(message.sent);
      else seen.stalled.push(message.stalled);
    });
    child.once("exit", (code) => fail(new Error(`the WeChat bot exited with ${code}`)));
  });
  const exited = new Promise((done) => child.once("exit", done));
  return {
    send: (command: WorkerCommand) => child.send(command),
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

test("WeChat: a kill after the turn, before WeChat got the replies: they arrive after the restart, once each", async () => {
  const tmp = tempDbPath();
  cleanup = tmp.cleanup;
  const seen = { sent: [] as string[], stalled: [] as string[] };
  const first = await startBot(tmp.path, seen);
  first.send("stall-sends");
  first.send({ say: "教学楼A301 投影仪坏了，不亮" });
  expect(await eventually(() => seen.stalled.length === 1)).toBe(true);
  await first.kill();
  expect(seen.sent).toEqual([]);

  const second = await startBot(tmp.path, seen);
  expect(await eventually(() => seen.sent.length >= 2)).toBe(true);
  second.send({ say: "分机 8021" });
  expect(await eventually(() => seen.sent.some((t) => t.includes("请核对")))).toBe(true);
  await second.kill();

  expect(seen.sent.filter((t) => t.includes("办理【报修】"))).toHaveLength(1);
  expect(seen.sent.filter((t) => t.includes("请留一个联系电话"))).toHaveLength(1);
  expect(new Set(seen.sent).size).toBe(seen.sent.length);
}, 90_000);
