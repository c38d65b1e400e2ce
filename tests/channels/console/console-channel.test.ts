import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app.js";
import { ConsoleChannel } from "../../../src/channels/console/console-channel.js";
import { loadConfig } from "../../../src/config/config.js";
import { getTicketByNumber } from "../../../src/db/queries/tickets.js";
import { shanghai } from "../../support/engine-harness.js";
import { tempDbPath } from "../../support/temp-db.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

/** Runs a whole script through a console channel on a real app with the clock at Thursday 10:00. */
async function runScript(lines: string[]) {
  const tmp = tempDbPath();
  cleanup = tmp.cleanup;
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.setEncoding("utf8").on("data", (chunk: string) => {
    printed += chunk;
  });
  const channel = new ConsoleChannel({ input, output });
  const app = await createApp({
    config: loadConfig({ DATABASE_PATH: tmp.path, LOG_LEVEL: "silent", PORT: "0" }),
    log: pino({ level: "silent" }),
    clock: () => shanghai("2026-11-26 10:00"),
    channels: async () => [channel],
  });
  await app.start();
  input.end(`${lines.join("\n")}\n`);
  await channel.closed();
  const ticket = (number: string) => getTicketByNumber(app.db, number);
  const rows = { ticket: ticket("综合办-20261126-001") };
  await app.stop();
  return { printed, ...rows };
}

describe("console channel", () => {
  it("shows each clerk's message right after the step that caused it, and clerks act with /as", async () => {
    const { printed, ticket } = await runScript([
      "投影仪坏了",
      "教学楼A301",
      "分机 8021",
      "确认",
      "/as 刘师傅",
      "完成 综合办-20261126-001 已更换灯泡",
      "/as 王老师",
      "评价 综合办-20261126-001 5 很及时",
    ]);
    const order = [
      "已受理，工单号：综合办-20261126-001。",
      "📨 → 刘师傅:\n   🔴 【新工单】后勤：综合办-20261126-001",
      "[王老师] > ",
      "— now acting as 刘师傅",
      "已更新：综合办-20261126-001 → 已办结。",
      "📨 → 王老师:\n   工单 综合办-20261126-001 已办结，请为本次服务打分",
      "   · 评价 综合办-20261126-001 5",
      "— now acting as 王老师",
      "🤖 → 王老师:\n   谢谢您的评价（5 分）！",
    ].map((s) => printed.indexOf(s, printed.indexOf("已受理，工单号")));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(ticket?.status).toBe("closed");
  });

  it("joins lines ending in '\\' into one message, so 字段: 值 forms can be typed", async () => {
    const { printed } = await runScript([
      "报修\\",
      "地点: 教学楼A301\\",
      "问题: 投影仪不亮\\",
      "紧急: 是",
      "教学设备",
      "分机 8021",
    ]);
    expect(printed).toContain("属于哪一类？");
    expect(printed).toContain("地点：教学楼A301\n   问题：投影仪不亮\n   类别：教学设备");
    expect(printed).not.toContain("请问在哪里？");
  });

  it("shows choices as a numbered list that the next reply can use", async () => {
    const { printed, ticket } = await runScript(["投影仪坏了", "教学楼A301", "分机 8021", "1"]);
    expect(printed).toContain("   1. 确认\n   2. 修改\n   3. 取消\n   （回复 1、2 或 3）");
    expect(ticket?.status).toBe("new");
  });
});
