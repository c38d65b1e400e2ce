import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { drawMonth } from "../../src/audit/audit-draw-job.js";
import { addClosedTickets } from "../support/closed-tickets.js";
import { EngineHarness, shanghai } from "../support/engine-harness.js";
import { exportLinksIn, signInLinkIn } from "./dashboard-fixtures.js";

let h: EngineHarness;
afterEach(async () => h?.close());

/** November's audit (3 repairs, 1 printing job closed → one of each drawn), the first item checked with a problem. */
async function auditedNovember(): Promise<void> {
  h = await EngineHarness.open({ now: shanghai("2026-12-01 09:00"), http: true });
  addClosedTickets(h.db, {
    post: "houqin",
    count: 3,
    resolvedAt: shanghai("2026-11-12 10:00"),
    clerk: "刘师傅",
  });
  addClosedTickets(h.db, {
    post: "wenyin",
    count: 1,
    resolvedAt: shanghai("2026-11-20 15:00"),
    clerk: "李文员",
    type: "printing",
  });
  h.db.transaction((tx) => drawMonth(h.app.context, tx, "2026-11", h.clock.read(), 12345));
  const head = h.user("张主任");
  head.say("抽查 核对");
  for (const answer of ["1", "1", "2", "回访记录表上没有签名"]) head.say(answer);
}

async function dashboardOf(name: string): Promise<string> {
  const link = signInLinkIn(h.user(name).say("看板"));
  const signIn = await fetch(link, { redirect: "manual" });
  const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
  return (await fetch(new URL("/dashboard", link), { headers: { cookie } })).text();
}

describe("audit and survey on the dashboard and in the export (G17, G18, G19)", () => {
  it("shows the audit's progress: all posts to the head, their own post to a clerk", async () => {
    await auditedNovember();
    const head = await dashboardOf("张主任");
    expect(head).toContain("2026-11 抽查进度（20%）");
    expect(head).toContain("已检查 1 / 2 件");
    expect(head).toContain("⚠ 发现问题 1 件");
    const clerk = await dashboardOf("李文员");
    expect(clerk).toContain("已检查 0 / 1 件");
    expect(clerk).toContain("未发现问题");
  });

  it("puts the audit's checks in the export's 抽查 sheet", async () => {
    await auditedNovember();
    const { xlsx } = exportLinksIn(h.user("张主任").say("导出 2026-11-01 2026-12-31"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fetch(xlsx)).arrayBuffer());
    const rows = (workbook.getWorksheet("抽查")!.getSheetValues().filter(Boolean) as unknown[][]).map((r) =>
      r.slice(1),
    );
    expect(rows[0]).toEqual([
      "工单号",
      "抽查月份",
      "纸质登记",
      "电子台账",
      "回访记录",
      "备注",
      "检查人",
      "检查时间",
    ]);
    expect(rows.slice(1).map((r) => r.slice(1, 7))).toEqual(
      expect.arrayContaining([
        ["2026-11", "相符", "相符", "有问题", "回访记录表上没有签名", "张主任"],
        ["2026-11", "未检查", "未检查", "未检查"],
      ]),
    );
  });

  it("shows the sent survey's answers and flags items below target; the head's export has the anonymous answers", async () => {
    h = await EngineHarness.open({ http: true });
    h.user("王老师").say("菜单");
    h.user("张主任").say("调查 发送");
    const teacher = h.user("王老师");
    teacher.say("填写调查");
    for (const answer of ["5", "4", "3", "2", "5", "希望增设自助复印机"]) teacher.say(answer);
    const page = await dashboardOf("张主任");
    expect(page).toMatch(/满意度调查（2026[^）]*）/);
    expect(page).toMatch(/已回复 1 \/ \d+ 人/);
    expect(page).toContain("（✗ 低于目标 4.0）");

    const { xlsx } = exportLinksIn(h.user("张主任").say("导出 本月"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fetch(xlsx)).arrayBuffer());
    const rows = (workbook.getWorksheet("满意度调查")!.getSheetValues().filter(Boolean) as unknown[][]).map(
      (r) => r.slice(1),
    );
    expect(rows[0]).toEqual(["学期", "答卷", "题号", "题目", "评分", "文字回答"]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[4] ?? r[5]])).toEqual([
      [1, 1, 5],
      [1, 2, 4],
      [1, 3, 3],
      [1, 4, 2],
      [1, 5, 5],
      [1, 6, "希望增设自助复印机"],
    ]);
    const { xlsx: clerks } = exportLinksIn(h.user("李文员").say("导出 本月"));
    const clerkBook = new ExcelJS.Workbook();
    await clerkBook.xlsx.load(await (await fetch(clerks)).arrayBuffer());
    expect(clerkBook.getWorksheet("满意度调查")).toBeUndefined();
  });
});
