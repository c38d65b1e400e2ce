import { describe, expect, it } from "vitest";
import { deadlinesOf, getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("supplies flow (G8)", () => {
  it("reads items with counts and the kind from '领用签字笔10支、A4纸2包' and points to the 09:00–11:00 pick-up", async () => {
    const teacher = h.user("王老师");
    expect(teacher.say("领用签字笔10支、A4纸2包")).toContain("最晚哪天需要？");
    const review = teacher.say("跳过");
    expect(review).toContain("物品及数量：签字笔10支、A4纸2包");
    expect(review).toContain("类别：办公用品");

    const done = teacher.say("确认");
    expect(done).toContain("后勤将在 1 个工作日内响应，预计明天 10:00前。");
    expect(done).toContain("后勤批准发放后会通知您，届时请于工作日 09:00–11:00 到服务台领取。");
    const ticket = getTicketByNumber(h.db, ticketNumberIn(done))!;
    expect(ticket).toMatchObject({ type: "supplies", postId: "houqin", summary: "签字笔10支、A4纸2包" });
    expect(ticket.fields).toMatchObject({ items: ["签字笔10支", "A4纸2包"], kind: "office" });
    expect((await h.delivered()).map((d) => d.to)).toEqual(["刘师傅"]);
  });

  it("sends teaching consumables to the teaching department's approver in chat (plan within 5 working days)", async () => {
    const teacher = h.user("王老师");
    expect(teacher.say("申领粉笔5盒")).toContain("最晚哪天需要？");
    const review = teacher.say("下周一");
    expect(review).toContain("类别：教学耗材");
    expect(review).toContain("需要日期：11月30日(周一)");
    const done = teacher.say("确认");
    expect(done).toContain("初步方案：12月3日(周四) 10:00前");
    expect(done).toContain("教学耗材须先经教学部门李主任审批（已通知），再由服务台发放。");
    expect((await h.delivered()).map((d) => d.to).sort()).toEqual(["刘师傅", "李主任"]);
    const ticket = getTicketByNumber(h.db, ticketNumberIn(done))!;
    expect(deadlinesOf(h.db, ticket.id).map((d) => d.milestone)).toEqual(["response", "plan"]);
  });

  it("asks again for an item without a quantity", () => {
    const teacher = h.user("王老师");
    expect(teacher.say("我想领一些办公用品")).toContain("请问要领哪些物品、各多少？");
    teacher.say("签字笔、订书钉1盒");
    const reply = teacher.say("跳过");
    expect(reply).toContain("“签字笔”没有写数量");
    expect(reply).toContain("请问要领哪些物品、各多少？");
    expect(teacher.say("签字笔10支、订书钉1盒")).toContain("物品及数量：签字笔10支、订书钉1盒");
  });
});
