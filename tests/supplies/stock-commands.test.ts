import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { directorySchema } from "../../src/directory/directory-schema.js";
import { loadDirectory } from "../../src/directory/load-directory.js";
import { askForStocktake, sendPurchaseList } from "../../src/supplies/jobs/supplies-jobs.js";
import { type EngineHarness, openEngineHarness, shanghai } from "../support/engine-harness.js";
import { askForSupplies, movementsOfItem, stockOf } from "./supply-steps.js";

let h: EngineHarness;
afterEach(() => h.close());

describe("the desk keeps the stock in chat (G8)", () => {
  beforeEach(async () => {
    h = await openEngineHarness(); // Thursday 2026-11-26 10:00
  });

  it("入库 adds received stock, recorded with who and when; 库存 shows every level", () => {
    const desk = h.user("刘师傅");
    expect(desk.say("入库 A4纸 20包")).toBe("已入库 A4纸 20包，现有 60包。");
    expect(movementsOfItem(h, "A4纸")).toMatchObject([
      { kind: "receive", before: 40, after: 60, at: shanghai("2026-11-26 10:00") },
    ]);
    expect(desk.say("库存")).toBe(
      [
        "物资库存（标“⚠ 偏低”的低于最低库存）：",
        "办公用品：",
        "  A4纸 60包（最低 10包）",
        "  签字笔 200支（最低 50支）",
        "  订书钉 30盒（最低 5盒）",
        "  文件袋 100个（最低 20个）",
        "教学耗材：",
        "  白板笔 60支（最低 20支）",
        "  粉笔 50盒（最低 10盒）",
        "  板擦 20个（最低 5个）",
      ].join("\n"),
    );
    expect(h.user("Emma Clark").say("stock")).toContain("A4 paper 60 包 (minimum 10 包)");
  });

  it("answers bad input politely and changes nothing", () => {
    const desk = h.user("刘师傅");
    expect(desk.say("入库 订书机 5个")).toBe(
      "物资目录里没有“订书机”。目录中有：A4纸、签字笔、订书钉、文件袋、白板笔、粉笔、板擦。",
    );
    expect(desk.say("入库 A4纸 0包")).toBe("A4纸的数量要是大于 0 的整数，例如：A4纸 20包");
    expect(desk.say("入库 A4纸 -5包")).toBe("A4纸的数量要是大于 0 的整数，例如：A4纸 20包");
    expect(desk.say("入库 A4纸 5盒")).toBe("A4纸按“包”计，不是按“盒”，请写包数，例如：A4纸 20包");
    expect(desk.say("入库 A4纸")).toBe("请写上A4纸的数量，例如：A4纸 20包");
    expect(desk.say("入库")).toBe("请写明物品和数量，例如：入库 A4纸 20包");
    expect(desk.say("盘点 A4纸 -1包")).toBe("A4纸的数量要是大于 0 的整数，例如：A4纸 20包");
    const teacher = h.user("王老师");
    for (const command of ["入库 A4纸 20包", "盘点 A4纸 18包", "采购清单", "盘点"])
      expect(teacher.say(command)).toBe("只有后勤和办公室负责人可以入库、盘点和发放物资。");
    expect(stockOf(h, "A4纸")).toBe(40);
    expect(movementsOfItem(h, "A4纸")).toEqual([]);
  });

  it("keeps counted stock over a restart: the directory seed adds only missing items", async () => {
    h.user("刘师傅").say("入库 A4纸 20包");
    await h.restart();
    expect(stockOf(h, "A4纸")).toBe(60);
  });
});

describe("the monthly stocktake (G8: difference over 3 % flagged to the head)", () => {
  beforeEach(async () => {
    h = await openEngineHarness({ now: shanghai("2026-12-01 10:00") }); // Tuesday, December's first working day
  });

  it("asks the desk to count once on the month's first working day, with the book stock", async () => {
    expect(askForStocktake(h.app.context, shanghai("2026-12-01 08:00"))).toBe(0);
    expect(askForStocktake(h.app.context, shanghai("2026-12-01 09:00"))).toBe(1);
    expect(askForStocktake(h.app.context, shanghai("2026-12-01 09:30"))).toBe(0);
    expect(askForStocktake(h.app.context, shanghai("2026-12-02 09:00"))).toBe(0);
    const [ask] = await h.delivered();
    expect(ask).toMatchObject({ to: "刘师傅" });
    expect(ask!.text).toContain("【2026-12月度盘点】请清点库存并录入实数");
    expect(ask!.text).toContain("A4纸 账面 40包");
    // January 2027's first working day is Monday the 4th (New Year's Day and a weekend before it).
    expect(askForStocktake(h.app.context, shanghai("2027-01-01 09:00"))).toBe(0);
    expect(askForStocktake(h.app.context, shanghai("2027-01-04 09:00"))).toBe(1);
  });

  it("does not flag exactly 3 %; flags just over to the head with who and when; sets the counted stock", async () => {
    const desk = h.user("刘师傅");
    expect(desk.say("盘点 签字笔 194支")).toBe(
      "已盘点 签字笔：账面 200支，实盘 194支，差 3%。差异在 3% 以内。库存已改为 194支。",
    );
    expect(await h.delivered()).toEqual([]);
    expect(desk.say("盘点 A4纸 38包")).toBe(
      "已盘点 A4纸：账面 40包，实盘 38包，差 5%。差异超过 3%，已报告办公室负责人。库存已改为 38包。",
    );
    expect(desk.say("盘点 文件袋 103个")).toContain("差 3%。差异在 3% 以内。");
    const toHead = await h.delivered();
    expect(toHead).toMatchObject([
      {
        to: "张主任",
        text: "【盘点差异】A4纸 账面 40包，实盘 38包，差 5%，超过 3%。盘点人：刘师傅，12月1日(周二) 10:00。",
      },
    ]);
    expect(stockOf(h, "A4纸")).toBe(38);
    expect(stockOf(h, "签字笔")).toBe(194);
    expect(movementsOfItem(h, "A4纸")).toMatchObject([
      { kind: "stocktake", before: 40, after: 38, flagged: true, at: shanghai("2026-12-01 10:00") },
    ]);
    expect(movementsOfItem(h, "签字笔")).toMatchObject([
      { kind: "stocktake", before: 200, after: 194, flagged: false },
    ]);
  });

  it("runs as a short conversation listing each item until all are counted or the desk stops", () => {
    const desk = h.user("刘师傅");
    const start = desk.say("盘点");
    expect(start).toContain("开始盘点。请逐项写实盘数量");
    expect(start).toContain("  板擦 账面 20个");
    const next = desk.say("A4纸 40包\n签字笔 200支\n订书机 3个");
    expect(next).toContain("已盘点 A4纸：账面 40包，实盘 40包，差 0%。");
    expect(next).toContain("物资目录里没有“订书机”");
    expect(next).toContain("还待盘点：\n  订书钉 账面 30盒");
    expect(next).not.toContain("  A4纸 账面");
    expect(desk.say("订书钉 30盒")).toContain("还待盘点");
    expect(desk.say("结束")).toBe("盘点已结束，还有 4 项未盘点，可随时“盘点 物品 数量”补录。");
    expect(desk.say("粉笔 50盒")).not.toContain("已盘点");
  });
});

describe("the quarterly purchase list (G8)", () => {
  beforeEach(async () => {
    h = await openEngineHarness();
  });

  it("suggests minimum + the last quarter's usage − current stock, on demand and at the quarter's start", async () => {
    const desk = h.user("刘师傅");
    desk.say(`发放 ${askForSupplies(h, "王老师", "领用A4纸35包").number}`);
    desk.say(`发放 ${askForSupplies(h, "王老师", "领用签字笔20支").number}`);
    await h.delivered();
    const list = desk.say("采购清单");
    expect(list).toBe(
      [
        "季度采购清单（用量按 2026-08-26–2026-11-26 的发放计；建议量 = 最低库存 + 预计季度用量 − 现有库存，不小于 0）：",
        "  A4纸：现有 5包，最低 10包，季度用量 35包 → 建议采购 40包",
      ].join("\n"),
    );
    expect(h.user("张主任").say("采购清单")).toBe(list);

    // Not a quarter's start: nothing; 4 January 2027 is: the desk and the head get the list once.
    expect(sendPurchaseList(h.app.context, shanghai("2026-12-01 09:00"))).toBe(0);
    h.clock.set(shanghai("2027-01-04 09:00"));
    expect(sendPurchaseList(h.app.context, h.clock.read())).toBe(2);
    expect(sendPurchaseList(h.app.context, h.clock.read())).toBe(0);
    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["刘师傅", "张主任"]);
    expect(sent[0]!.text).toContain("【季度采购】季度采购清单（用量按 2026-10-04–2027-01-04");
    expect(sent[0]!.text).toContain("A4纸：现有 5包，最低 10包，季度用量 35包 → 建议采购 40包");
  });
});

describe("the catalogue in the directory", () => {
  it("lists the example's items and approver, and refuses an approver who is not in people", () => {
    const directory = loadDirectory("./examples/directory.yaml");
    expect(directory.supplies.find((s) => s.name === "粉笔")).toMatchObject({
      unit: "盒",
      category: "teaching",
    });
    expect(directory.supplies_approver).toBe("李主任");
    const wrong = { ...directory, supplies_approver: "王老师" };
    expect(directorySchema.safeParse(wrong).error?.issues[0]).toMatchObject({
      path: ["supplies_approver"],
      message: 'unknown person "王老师" (expected a name listed under people)',
    });
  });
});
