import { afterEach, beforeEach, expect, it } from "vitest";
import { openWechatHarness, type WechatHarness } from "../../support/wechat-harness.js";

let wx: WechatHarness;
beforeEach(async () => {
  wx = await openWechatHarness();
});
afterEach(async () => {
  await wx.close();
});

it("a WeChat message in everyday words starts the right service, and an out-of-scope one is referred in one reply", async () => {
  const teacher = wx.person("王老师");
  await wx.say(teacher, "三楼男厕所水龙头一直漏水");
  const texts = wx.textsTo(teacher);
  expect(texts.join("\n")).toContain("【报修】");
  expect(texts.join("\n")).not.toContain("请问在哪里");

  const other = wx.person("李老师");
  await wx.say(other, "我想请三天病假");
  expect(wx.textsTo(other)).toEqual([expect.stringContaining("请联系人事处")]);
});
