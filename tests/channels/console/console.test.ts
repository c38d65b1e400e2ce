import { afterEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase } from "../../../src/db/database.js";
import { findStaffByName } from "../../../src/db/queries/people.js";
import { eventsOf, getTicketByNumber } from "../../../src/db/queries/tickets.js";
import { ConsoleProcess } from "../../support/engine-console-process.js";
import { tempDbPath } from "../../support/temp-db.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

describe("npm start: the console channel", () => {
  it("runs a repair from report to acceptance over a piped script, and the ticket is in the SQLite file", async () => {
    const tmp = tempDbPath();
    const app = new ConsoleProcess(tmp.path);
    cleanup = () => {
      app.kill();
      tmp.cleanup();
    };
    await app.waitFor(/You are 王老师/);
    app.type("投影仪坏了", "教学楼A301", "分机 8021", "确认");
    const [, number] = await app.waitFor(/已受理，工单号：(综合办-\d{8}-\d{3})。/);
    app.type("/as 刘师傅", `接单 ${number}`);
    await app.waitFor(/→ 已受理。/);
    expect(await app.end()).toBe(0);

    const out = app.stdout;
    expect(out).toContain("请核对【报修】的信息");
    expect(out).toContain("[王老师] > 投影仪坏了\n");
    expect(out).toContain("— now acting as 刘师傅");
    expect(out).toContain(`[刘师傅] > 接单 ${number}\n`);
    expect(out).toContain(`📨 → 刘师傅:\n   🔴 【新工单】后勤：${number}`);
    expect(out).toContain(`🤖 → 刘师傅:\n   已更新：${number} → 已受理。`);
    expect(out).toContain(`📨 → 王老师:\n   您的工单 ${number} 状态更新为“已受理”。`);
    expect(out.indexOf(`📨 → 刘师傅`)).toBeLessThan(out.indexOf("— now acting as 刘师傅"));

    const db = openDatabase(tmp.path);
    try {
      const ticket = getTicketByNumber(db, number!)!;
      expect(ticket).toMatchObject({
        type: "repair",
        status: "accepted",
        postId: "houqin",
        priority: "urgent",
        channel: "console",
      });
      expect(ticket.assigneeId).toBe(findStaffByName(db, "刘师傅")?.id);
      expect(eventsOf(db, ticket.id).map((e) => e.action)).toEqual(["create", "accept"]);
    } finally {
      closeDatabase(db);
    }
  });
});
