import { afterEach, beforeEach, expect, it } from "vitest";
import { allSupplyItems } from "../../../src/db/queries/supplies.js";
import { ticketNumberIn } from "../../support/engine-harness.js";
import { openWechatHarness, type WechatHarness } from "../../support/wechat-harness.js";

let wx: WechatHarness;
beforeEach(async () => {
  wx = await openWechatHarness(); // Thursday 2026-11-26 10:00
});
afterEach(async () => {
  await wx.close();
});

it("on WeChat the approver and the desk copy the commands they are sent: 同意领用, then 发放 takes the stock", async () => {
  const teacher = wx.person("王老师");
  await wx.say(teacher, "申领粉笔5盒");
  await wx.say(teacher, "跳过");
  await wx.say(teacher, "确认");
  const number = ticketNumberIn(wx.textsTo(teacher).at(-1)!);

  const approver = wx.person("李主任", "li-zhuren");
  const ask = await wx.waitFor(approver, (t) => t.includes("【教学耗材审批】"));
  expect(ask).toContain(`同意领用 ${number}`);
  await wx.say(approver, `同意领用 ${number}`);
  expect(wx.textsTo(approver).at(-1)).toBe(`已同意 ${number}，已通知服务台发放和申请人。`);

  const desk = wx.person("刘师傅", "liu-shifu");
  const ready = await wx.waitFor(desk, (t) => t.includes("【可发放】"));
  expect(ready).toContain(`发放 ${number}`);
  await wx.say(desk, `发放 ${number}`);
  expect(wx.textsTo(desk).at(-1)).toContain(`已发放 ${number}`);
  expect(allSupplyItems(wx.app.db).find((i) => i.name === "粉笔")!.stock).toBe(45);
  const told = await wx.waitFor(teacher, (t) => t.includes("物品已备好"));
  expect(told).toContain("请于 11月27日(周五) 09:00–11:00 到服务台领取");
});
