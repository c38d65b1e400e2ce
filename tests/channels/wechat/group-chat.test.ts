import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tickets } from "../../../src/db/schema.js";
import { openWechatHarness, type WechatHarness } from "../../support/wechat-harness.js";

let wx: WechatHarness;
beforeEach(async () => {
  wx = await openWechatHarness();
});
afterEach(async () => {
  await wx.close();
});

const last = (texts: string[]) => texts.at(-1) ?? "";

describe("in a WeChat group", () => {
  it("answers only when @mentioned, and @mentions the sender in its reply", async () => {
    const wang = wx.person("王老师");
    const zhao = wx.person("赵老师");
    const group = wx.group("高一年级组", [wang, zhao]);

    await wx.chat(wang, group, "投影仪坏了，谁知道找谁修？");
    expect(wx.textsTo(group)).toEqual([]);

    await wx.mention(wang, group, "投影仪坏了");
    const replies = wx.textsTo(group);
    expect(replies[0]).toMatch(/^@王老师 好的，我们来办理【报修】/);
    expect(last(replies)).toContain("请问在哪里");
    expect(wx.textsTo(wang)).toEqual([]);
  });

  it("keeps each sender's conversation apart, and apart from their private chat", async () => {
    const wang = wx.person("王老师");
    const zhao = wx.person("赵老师");
    const group = wx.group("高一年级组", [wang, zhao]);

    await wx.mention(wang, group, "投影仪坏了");
    await wx.mention(zhao, group, "话筒坏了");
    await wx.mention(wang, group, "教学楼A301");
    expect(last(wx.textsTo(group))).toMatch(/^@王老师 请留一个联系电话或分机/);
    await wx.mention(zhao, group, "行政楼205");
    expect(last(wx.textsTo(group))).toMatch(/^@赵老师 请留一个联系电话或分机/);

    await wx.say(wang, "分机 8021");
    expect(wx.textsTo(wang).join("\n")).not.toContain("请核对");
    await wx.mention(wang, group, "分机 8021");
    expect(last(wx.textsTo(group))).toMatch(/^@王老师 请核对【报修】的信息：\n地点：教学楼A301/);
  });

  it("continues a complaint in a private chat and never posts its details into the group", async () => {
    const wang = wx.person("王老师");
    const group = wx.group("高一年级组", [wang]);

    await wx.mention(wang, group, "我要投诉食堂的饭菜太咸");
    const groupNote = "@王老师 这件事涉及个人信息，我已私信您继续办理。";
    expect(wx.textsTo(group)).toEqual([groupNote]);
    // The complaint itself is the description (said once); the next question is about anonymity.
    expect(last(wx.textsTo(wang))).toContain("是否匿名提交？");

    await wx.say(wang, "否");
    await wx.say(wang, "分机 8021");
    await wx.say(wang, "希望少放盐");
    await wx.say(wang, "否");
    const review = last(wx.textsTo(wang));
    expect(review).toContain("问题类型：后勤保障");
    expect(review).toContain("具体情况：我要投诉食堂的饭菜太咸");
    await wx.say(wang, "确认");
    expect(last(wx.textsTo(wang))).toMatch(/已受理，工单号：综合办-\d{8}-\d{3}/);

    expect(wx.app.db.select().from(tickets).all()).toMatchObject([{ type: "complaint", channel: "wechat" }]);
    expect(wx.textsTo(group)).toEqual([groupNote]);
  });
});
