import { describe, expect, it } from "vitest";
import { getSupplyRequest } from "../../src/db/queries/supplies.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { remindTeachingApprover } from "../../src/supplies/jobs/supplies-jobs.js";
import { engineHarnessPerTest, shanghai } from "../support/engine-harness.js";
import { askForSupplies, movementsOfItem, stockOf } from "./supply-steps.js";

const h = engineHarnessPerTest(); // Thursday 2026-11-26 10:00

const textsTo = async (name: string) => (await h.delivered()).filter((d) => d.to === name).map((d) => d.text);

describe("a supplies request issued from stock (G8)", () => {
  it("reduces the stock when the desk issues it and tells the requester to collect it next working day 09:00–11:00", async () => {
    const { receipt, number } = askForSupplies(h, "王老师", "领用签字笔10支、A4纸2包");
    expect(receipt).toContain("后勤批准发放后会通知您");
    const [assignment] = (await h.delivered()).filter((d) => d.to === "刘师傅");
    expect(assignment!.text).toContain(`发放 ${number}`);
    expect(assignment!.message.choices?.map((c) => [c.label, c.value])).toEqual([
      ["发放", `发放 ${number}`],
      ["不予发放", `不予发放 ${number}`],
    ]);
    expect(stockOf(h, "A4纸")).toBe(40);

    const desk = h.user("刘师傅");
    expect(desk.say(`发放 ${number}`)).toBe(
      `已发放 ${number}，库存已扣减。已通知申请人于 11月27日(周五) 09:00–11:00 到服务台领取。`,
    );
    expect(stockOf(h, "A4纸")).toBe(38);
    expect(stockOf(h, "签字笔")).toBe(190);
    const ticket = getTicketByNumber(h.db, number)!;
    expect(ticket.status).toBe("resolved");
    expect(movementsOfItem(h, "A4纸")).toMatchObject([
      { kind: "issue", before: 40, after: 38, ticketId: ticket.id, at: shanghai("2026-11-26 10:00") },
    ]);
    expect((await textsTo("王老师"))[0]).toContain(
      "物品已备好：签字笔 10支、A4纸 2包。请于 11月27日(周五) 09:00–11:00 到服务台领取。",
    );
    // Issued once only.
    expect(desk.say(`发放 ${number}`)).toBe(`${number} 已发放，无需再处理。`);
    expect(stockOf(h, "A4纸")).toBe(38);
  });

  it("names the pick-up day by the working calendar: a Friday request is collected on Monday", async () => {
    h.clock.set(shanghai("2026-11-27 15:00"));
    const { number } = askForSupplies(h, "王老师", "领用A4纸2包");
    expect(h.user("刘师傅").say(`发放 ${number}`)).toContain("11月30日(周一) 09:00–11:00");
  });

  it("refuses a request for more than the stock at once, saying what is available, and makes no ticket", () => {
    const teacher = h.user("王老师");
    teacher.say("领用A4纸100包");
    teacher.say("跳过");
    const reply = teacher.say("确认");
    expect(reply).toContain("抱歉，库存不够：A4纸 需 100包，现有 40包。请减少数量，或稍后再申领。");
    expect(reply).not.toContain("综合办-");
    expect(teacher.say("A4纸 10包")).toContain("物品及数量：A4纸 10包");
  });

  it("refuses to issue when the stock ran short since the request, and changes nothing", async () => {
    const first = askForSupplies(h, "王老师", "领用A4纸30包");
    const second = askForSupplies(h, "李老师", "领用A4纸20包");
    const desk = h.user("刘师傅");
    desk.say(`发放 ${first.number}`);
    expect(desk.say(`发放 ${second.number}`)).toBe(
      `库存不足，不能发放 ${second.number}：A4纸 需 20包，现有 10包。可先入库后再发放，或发“不予发放 ${second.number} 原因”。`,
    );
    expect(stockOf(h, "A4纸")).toBe(10);
    expect(getTicketByNumber(h.db, second.number)!.status).toBe("new");
    expect(desk.say("入库 A4纸 20包")).toBe("已入库 A4纸 20包，现有 30包。");
    expect(desk.say(`发放 ${second.number}`)).toContain(`已发放 ${second.number}`);
    expect(stockOf(h, "A4纸")).toBe(10);
  });

  it("names unknown items back politely and asks for the list again", () => {
    const teacher = h.user("王老师");
    teacher.say("领用订书机1个、A4纸2包");
    teacher.say("跳过");
    const reply = teacher.say("确认");
    expect(reply).toContain(
      "抱歉，物资目录里没有：订书机。可以领用的有：A4纸、签字笔、订书钉、文件袋、白板笔、粉笔、板擦。",
    );
    expect(reply).not.toContain("综合办-");
  });

  it("lets the desk decline with a reason (and asks for one without it); nothing leaves the stock", async () => {
    const { number } = askForSupplies(h, "王老师", "领用A4纸2包");
    const desk = h.user("刘师傅");
    expect(desk.say(`不予发放 ${number}`)).toBe(`请写明原因，例如：不予发放 ${number} 库存暂缺，下周补货`);
    expect(desk.say(`不予发放 ${number} 请用部门的纸`)).toBe(`已不予发放 ${number}，已告知申请人原因。`);
    expect(getTicketByNumber(h.db, number)!.status).toBe("refused");
    expect((await textsTo("王老师")).join("\n")).toContain("请用部门的纸");
    expect(stockOf(h, "A4纸")).toBe(40);
  });

  it("does not let a teacher issue supplies", () => {
    const { number } = askForSupplies(h, "王老师", "领用A4纸2包");
    expect(h.user("王老师").say(`发放 ${number}`)).toBe("只有后勤和办公室负责人可以入库、盘点和发放物资。");
    expect(stockOf(h, "A4纸")).toBe(40);
    expect(h.user("刘师傅").say("发放 综合办-20261126-099")).toBe(
      "没有找到 综合办-20261126-099，请核对编号。",
    );
  });
});

describe("teaching consumables: the teaching department approves in chat first (G8)", () => {
  it("goes to the approver; the desk may issue only after approval", async () => {
    const { receipt, number } = askForSupplies(h, "王老师", "申领粉笔5盒");
    expect(receipt).toContain("教学耗材须先经教学部门李主任审批（已通知），再由服务台发放。");
    const delivered = await h.delivered();
    const ask = delivered.find((d) => d.to === "李主任")!;
    expect(ask.text).toBe(
      `【教学耗材审批】王老师申领 粉笔 5盒（${number}）。请审批：同意领用 ${number} ／ 不同意领用 ${number} 原因`,
    );
    expect(ask.message.choices?.map((c) => c.value)).toEqual([`同意领用 ${number}`, `不同意领用 ${number}`]);
    expect(delivered.find((d) => d.to === "刘师傅")!.message.choices).toEqual([]);

    const desk = h.user("刘师傅");
    expect(desk.say(`发放 ${number}`)).toBe(`${number} 还在等教学部门（李主任）审批，审批通过后才能发放。`);
    expect(desk.say(`同意领用 ${number}`)).toBe("只有教学部门审批人（李主任）可以审批教学耗材领用。");
    expect(stockOf(h, "粉笔")).toBe(50);

    expect(h.user("李主任").say(`同意领用 ${number}`)).toBe(`已同意 ${number}，已通知服务台发放和申请人。`);
    const after = await h.delivered();
    expect(after.find((d) => d.to === "王老师")!.text).toContain("已经李主任审批通过");
    const ready = after.find((d) => d.to === "刘师傅")!;
    expect(ready.text).toBe(`【可发放】${number}（粉笔 5盒）已经李主任审批通过。发放：发放 ${number}`);
    expect(ready.message.choices?.[0]?.value).toBe(`发放 ${number}`);
    expect(getSupplyRequest(h.db, getTicketByNumber(h.db, number)!.id)).toMatchObject({ status: "ready" });

    expect(desk.say(`发放 ${number}`)).toContain(`已发放 ${number}`);
    expect(stockOf(h, "粉笔")).toBe(45);
  });

  it("a refusal by the approver closes the request with the reason; nothing is issued", async () => {
    const { number } = askForSupplies(h, "王老师", "申领粉笔5盒");
    await h.delivered();
    const approver = h.user("李主任");
    expect(approver.say(`不同意领用 ${number}`)).toBe(
      `请写明原因，例如：不同意领用 ${number} 本学期额度已用完`,
    );
    expect(approver.say(`不同意领用 ${number} 本学期额度已用完`)).toBe(
      `已不同意 ${number}，已告知申请人原因。`,
    );
    expect(getTicketByNumber(h.db, number)!.status).toBe("refused");
    expect((await textsTo("王老师")).join("\n")).toContain("教学部门李主任未同意：本学期额度已用完");
    expect(h.user("刘师傅").say(`发放 ${number}`)).toBe(`${number} 已不予发放，无需再处理。`);
    expect(approver.say(`同意领用 ${number}`)).toBe(`${number} 已不予发放，不需要审批。`);
    expect(stockOf(h, "粉笔")).toBe(50);
  });

  it("reminds the approver once a day after one working day without an answer", async () => {
    const { number } = askForSupplies(h, "王老师", "申领粉笔5盒");
    await h.delivered();
    h.clock.set(shanghai("2026-11-27 09:30"));
    expect(remindTeachingApprover(h.app.context, h.clock.read())).toBe(0);
    h.clock.set(shanghai("2026-11-27 10:00"));
    expect(remindTeachingApprover(h.app.context, h.clock.read())).toBe(1);
    expect(remindTeachingApprover(h.app.context, h.clock.read())).toBe(0);
    const [reminder] = await textsTo("李主任");
    expect(reminder).toContain(
      `【审批提醒】王老师申领 粉笔 5盒（${number}）自 11月26日(周四) 10:00 起等待您审批，已超过 1 个工作日。`,
    );
    // The weekend is no working time; Monday brings the next one.
    h.clock.set(shanghai("2026-11-28 10:00"));
    expect(remindTeachingApprover(h.app.context, h.clock.read())).toBe(0);
    h.clock.set(shanghai("2026-11-30 10:00"));
    expect(remindTeachingApprover(h.app.context, h.clock.read())).toBe(1);
    // Answered: no more reminders.
    h.user("李主任").say(`同意领用 ${number}`);
    h.clock.set(shanghai("2026-12-01 10:00"));
    expect(remindTeachingApprover(h.app.context, h.clock.read())).toBe(0);
  });
});

describe("low stock (G8)", () => {
  it("alerts the desk once when an issue takes an item below its minimum, again only after restocking", async () => {
    const desk = h.user("刘师傅");
    const issue = (text: string) => desk.say(`发放 ${askForSupplies(h, "王老师", text).number}`);
    issue("领用A4纸31包");
    const alerts = async () => (await textsTo("刘师傅")).filter((t) => t.startsWith("【库存偏低】"));
    expect(await alerts()).toEqual([
      "【库存偏低】A4纸 现有 9包，低于最低库存 10包。补货后请发“入库 A4纸 数量”。",
    ]);
    issue("领用A4纸2包");
    expect(await alerts()).toEqual([]);
    expect(desk.say("库存")).toContain("A4纸 7包（最低 10包） ⚠ 偏低");
    desk.say("入库 A4纸 20包");
    expect(desk.say("库存")).toContain("A4纸 27包（最低 10包）\n");
    issue("领用A4纸20包");
    expect(await alerts()).toEqual([
      "【库存偏低】A4纸 现有 7包，低于最低库存 10包。补货后请发“入库 A4纸 数量”。",
    ]);
  });
});
