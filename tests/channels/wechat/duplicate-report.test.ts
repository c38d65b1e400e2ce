import { afterEach, beforeEach, expect, it } from "vitest";
import { ticketNumberIn } from "../../support/engine-harness.js";
import { openWechatHarness, type WechatHarness } from "../../support/wechat-harness.js";

let wx: WechatHarness;
beforeEach(async () => {
  wx = await openWechatHarness();
});
afterEach(async () => {
  await wx.close();
});

it("on WeChat a second report of the same problem is answered with the open ticket, and '1' follows it", async () => {
  const first = wx.person("王老师");
  await wx.say(first, "教学楼A301 投影仪不亮");
  await wx.say(first, "分机 8021");
  await wx.say(first, "确认");
  const number = ticketNumberIn(wx.textsTo(first).at(-1)!);

  const second = wx.person("李老师");
  await wx.say(second, "A301的投影仪打不开了，下午还要上课");
  const question = wx.textsTo(second).at(-1)!;
  expect(question).toContain(`教学楼A301的投影仪已在`);
  expect(question).toContain(`（${number}）`);
  expect(question).toContain("1. 关注那张工单");
  expect(question).toContain("2. 不是同一个问题");

  await wx.say(second, "1");
  expect(wx.textsTo(second).at(-1)).toBe(`已关注 ${number}，工单状态有变化会通知您。本次不再新建工单。`);
});
