import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app.js";
import { ConsoleChannel } from "../../../src/channels/console/console-channel.js";
import { loadConfig } from "../../../src/config/config.js";
import { shanghai, ticketNumberIn } from "../../support/engine-harness.js";
import { tempDbPath } from "../../support/temp-db.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const poster = Buffer.from("%PDF-1.4 a poster for the sports day");

describe("a ticket's files on the console", () => {
  it("附件 <no> saves each file under the ticket's folder and prints the path; a second time keeps both", async () => {
    const tmp = tempDbPath();
    const filesDir = mkdtempSync(join(tmpdir(), "office-desk-files-"));
    cleanup = () => {
      tmp.cleanup();
      rmSync(filesDir, { recursive: true, force: true });
    };
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.setEncoding("utf8").on("data", (chunk: string) => {
      printed += chunk;
    });
    const channel = new ConsoleChannel({ input, output, filesDir, identity: "张主任" });
    const app = await createApp({
      config: loadConfig({ DATABASE_PATH: tmp.path, LOG_LEVEL: "silent", PORT: "0" }),
      log: pino({ level: "silent" }),
      clock: () => shanghai("2026-11-26 10:00"),
      channels: async () => [channel],
    });
    await app.start();
    // The teacher sends the poster while asking for a notice (the console itself cannot send files).
    const teacher = (
      text: string,
      attachments?: { kind: "file"; name: string; mimeType: string; data: Buffer }[],
    ) =>
      app.engine.handle({
        sender: { channel: "console", userId: "王老师", displayName: "王老师" },
        text,
        ...(attachments ? { attachments } : {}),
      });
    await teacher("发布通知");
    await teacher("运动会海报");
    await teacher("", [{ kind: "file", name: "poster.pdf", mimeType: "application/pdf", data: poster }]);
    for (const answer of ["下周三全校运动会，欢迎各位老师参加。", "公告栏", "下周一", "否"])
      await teacher(answer);
    const number = ticketNumberIn((await teacher("确认")).map((r) => r.text).join("\n"));

    input.end(`附件 ${number}\n附件 ${number}\n`);
    await channel.closed();
    await app.stop();
    const first = join(filesDir, number, "poster.pdf");
    const second = join(filesDir, number, "poster-2.pdf");
    expect(printed).toContain(`工单 ${number} 的附件 1 个：`);
    expect(printed).toContain(`📎 ${first}`);
    expect(printed).toContain(`📎 ${second}`);
    expect(Buffer.compare(readFileSync(first), poster)).toBe(0);
  });
});
