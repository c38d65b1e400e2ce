import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { viewerOf } from "../../src/dashboard/dashboard-access.js";
import { ticketExport } from "../../src/dashboard/ticket-export.js";
import { findStaffByName, withPosts } from "../../src/db/queries/people.js";
import { insertTickets } from "../support/bulk-tickets.js";
import { EngineHarness, shanghai } from "../support/engine-harness.js";
import { exportLinksIn, orderPrinting, reportRepair } from "./dashboard-fixtures.js";

let h: EngineHarness;
let repair: string;
let printing: string;
beforeEach(async () => {
  h = await EngineHarness.open({ http: true });
  repair = reportRepair(h);
  printing = orderPrinting(h);
  h.clock.set(shanghai("2026-11-26 10:30"));
  h.user("刘师傅").say(`接单 ${repair}`);
  h.clock.set(shanghai("2026-11-26 11:00"));
  h.user("刘师傅").say(`完成 ${repair} 已更换灯泡`);
  h.user("王老师").say(`评价 ${repair} 5 很快`); // a rating closes the ticket
});
afterEach(() => h.close());

async function download(link: string) {
  const response = await fetch(link);
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The CSV's rows as header → value records, read back with exceljs after checking and dropping the BOM. */
async function csvRecords(file: Buffer): Promise<Record<string, string>[]> {
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([file.subarray(3).toString("utf8")]));
  const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
  const [header, ...body] = rows.map((r) =>
    r.slice(1).map((v) => (v === undefined || v === null ? "" : String(v))),
  );
  return body.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i] ?? ""])));
}

describe("导出: tickets with their clocks, history and ratings as CSV and Excel", () => {
  it("gives the head a CSV (UTF-8 with BOM, Chinese headers) of the month's tickets with every clock", async () => {
    const { csv } = exportLinksIn(h.user("张主任").say("导出 本月"));
    const file = await download(csv);
    expect(file.status).toBe(200);
    expect(file.type).toBe("text/csv; charset=utf-8");
    expect(file.disposition).toContain("attachment;");
    const records = await csvRecords(file.body);
    expect(records.map((r) => r.工单号)).toEqual([repair, printing]);
    const [fixed, copies] = records;
    expect(fixed).toMatchObject({
      服务类型: "报修",
      岗位: "后勤",
      提交人: "王老师",
      处理人: "刘师傅",
      状态: "已关闭",
      提交时间: "2026-11-26 10:00",
      受理时间: "2026-11-26 10:30",
      响应完成时间: "2026-11-26 10:30",
      响应是否按时: "按时",
      办结完成时间: "2026-11-26 11:00",
      办结是否按时: "按时",
      评分: "5",
      评价内容: "很快",
    });
    expect(fixed!.处理记录).toMatch(/2026-11-26 10:30 刘师傅 受理\n2026-11-26 11:00 刘师傅 办结：已更换灯泡/);
    expect(copies).toMatchObject({ 岗位: "文印岗", 状态: "待受理", 办结是否按时: "未到期", 评分: "" });
  });

  it("gives the head an Excel workbook with sheets for tickets, history, ratings, audit and survey, read back with exceljs", async () => {
    const { xlsx } = exportLinksIn(h.user("张主任").say("export this month"));
    const file = await download(xlsx);
    expect(file.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "工单",
      "处理记录",
      "评价",
      "抽查",
      "满意度调查",
    ]);
    const values = (name: string) =>
      (workbook.getWorksheet(name)!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    expect(values("工单")[0]!.slice(0, 3)).toEqual(["工单号", "服务类型", "摘要"]);
    expect(
      values("处理记录")
        .filter((r) => r[0] === repair)
        .map((r) => r[3]),
    ).toEqual(["提交", "受理", "办结", "关闭"]);
    expect(values("评价")).toEqual([
      ["工单号", "评分", "评价内容", "评价时间"],
      [repair, 5, "很快", "2026-11-26 11:00"],
    ]);
  });

  it("gives a clerk only their own post's tickets", async () => {
    const { csv } = exportLinksIn(h.user("李文员").say("导出"));
    const records = await csvRecords((await download(csv)).body);
    expect(records.map((r) => r.工单号)).toEqual([printing]);
  });

  it("a download link works once; a teacher gets no export; a period it cannot read gets examples", async () => {
    const { csv } = exportLinksIn(h.user("张主任").say("导出 上月"));
    expect((await download(csv)).status).toBe(200);
    const again = await download(csv);
    expect(again.status).toBe(403);
    expect(again.body.toString()).toContain("链接已使用过");
    expect(h.user("王老师").say("导出 本月")).toContain("只对办公室负责人和各岗位工作人员开放");
    expect(h.user("张主任").say("导出 2026-12-31 2026-12-01")).toContain("早于开始日期");
  });

  // 33,000 tickets take a while on a busy machine: a wider timeout, not a speed check (that is `npm run bench`).
  it("exports a month of more tickets than SQLite lets a query bind ids (32,766), each with its clock", {
    timeout: 60_000,
  }, () => {
    insertTickets(
      h.db,
      Array.from({ length: 33_000 }, (_, i) => ({
        number: `BULK-${i}`,
        createdAt: shanghai("2026-11-20 09:00"),
        dueAt: shanghai("2026-11-23 09:00"),
        status: "closed",
      })),
    );
    const head = viewerOf(withPosts(h.db, findStaffByName(h.db, "张主任")!))!;
    const [tickets] = ticketExport(h.app.context, head, { from: "2026-11-01", to: "2026-11-30" });
    const column = (name: string) => tickets!.columns.indexOf(name);
    const numbers = tickets!.rows.map((r) => r[column("工单号")]);
    expect(numbers).toHaveLength(33_002);
    expect(numbers.slice(32_999)).toEqual(["BULK-32999", repair, printing]);
    const bulkClocks = tickets!.rows.slice(0, 33_000).map((r) => r[column("办结期限")]);
    expect(new Set(bulkClocks)).toEqual(new Set(["2026-11-23 09:00"]));
  });

  it("the last month's export is empty when every ticket is from this month", async () => {
    const { csv } = exportLinksIn(h.user("张主任").say("导出 上月"));
    expect(await csvRecords((await download(csv)).body)).toEqual([]);
  });
});
