import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { ScanStatus, types } from "wechaty";
import type { Recipient } from "../../../src/channels/channel.js";
import { conversations, outbox, people, tickets } from "../../../src/db/schema.js";
import {
  openWechatHarness,
  type WechatHarness,
  type WechatHarnessOptions,
} from "../../support/wechat-harness.js";

let wx: WechatHarness | undefined;
const open = async (options?: WechatHarnessOptions) => {
  wx = await openWechatHarness(options);
  return wx;
};
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

const liuShifu: Recipient = {
  personId: 1,
  name: "刘师傅",
  locale: "zh",
  preferredChannel: "wechat",
  slackUserId: null,
  wechatId: null,
  wechatAlias: "liu-shifu",
  wechatName: "刘师傅",
};

describe("WeChat reliability", () => {
  it("answers a message the puppet delivers twice only once", async () => {
    const wx = await open();
    const teacher = wx.person("王老师");
    const first = await wx.say(teacher, "投影仪坏了");
    const answered = wx.textsTo(teacher).length;
    await wx.redeliver(first);
    expect(wx.textsTo(teacher)).toHaveLength(answered);

    await wx.say(teacher, "教学楼A301");
    await wx.say(teacher, "分机 8021");
    const confirm = await wx.say(teacher, "确认");
    await wx.redeliver(confirm);
    expect(wx.textsTo(teacher).filter((t) => t.includes("已受理，工单号"))).toHaveLength(1);
    expect(wx.app.db.select().from(tickets).all()).toHaveLength(1);
  });

  it("ignores messages sent before the bot logged in (history the puppet replays)", async () => {
    const wx = await open();
    const teacher = wx.person("王老师");
    await wx.send(teacher, {
      type: types.Message.Text,
      text: "投影仪坏了",
      timestamp: Date.now() - 10 * 60_000,
    });
    expect(wx.textsTo(teacher)).toEqual([]);
    expect(wx.app.db.select().from(conversations).all()).toEqual([]);
  });

  it("does not answer the office account's own messages", async () => {
    const wx = await open();
    const teacher = wx.person("王老师");
    await wx.fromBot(teacher, "菜单");
    expect(wx.textsTo(teacher)).toEqual(["菜单"]);
    expect(wx.app.db.select().from(conversations).all()).toEqual([]);
  });

  it("keeps a clerk's notice in the outbox while WeChat is logged out and sends it after the next login", async () => {
    const wx = await open();
    const liu = wx.person("刘师傅", "liu-shifu");
    await wx.logout();
    const teacher = { channel: "console" as const, userId: "王老师" };
    wx.app.engine.handle({
      sender: teacher,
      text: "报修\n地点: 教学楼A301\n问题: 投影仪不亮\n类别: 教学设备\n联系方式: 分机 8021",
    });
    const [created] = wx.app.engine.handle({ sender: teacher, text: "确认" });
    const ticketNumber = /综合办-\d{8}-\d{3}/.exec(created?.text ?? "")![0];

    await wx.app.dispatcher.dispatchDue();
    const clerk = wx.app.db.select().from(people).where(eq(people.name, "刘师傅")).get()!;
    const waiting = wx.app.db.select().from(outbox).where(eq(outbox.recipientId, clerk.id)).all();
    expect(waiting).toMatchObject([{ status: "pending", lastError: "WeChat is not logged in" }]);
    expect(wx.textsTo(liu)).toEqual([]);

    await wx.login();
    wx.setNow(new Date(wx.now().getTime() + 5 * 60_000));
    await wx.app.dispatcher.dispatchDue();
    expect(wx.textsTo(liu)).toHaveLength(1);
    expect(wx.textsTo(liu)[0]).toContain(`接单 ${ticketNumber}`);
    expect(wx.app.db.select().from(outbox).where(eq(outbox.recipientId, clerk.id)).get()?.status).toBe(
      "sent",
    );
  });

  it("finds a clerk by the alias the office saved, before a namesake", async () => {
    const wx = await open();
    const namesake = wx.person("刘师傅");
    const liu = wx.person("刘建国", "liu-shifu");
    await wx.channel.deliver(liuShifu, { text: "您有一张新工单" });
    expect(wx.textsTo(liu)).toEqual(["您有一张新工单"]);
    expect(wx.textsTo(namesake)).toEqual([]);
  });

  it("finds people by WeChat name when configured to", async () => {
    const wx = await open({ contactMatch: "name" });
    const namesake = wx.person("刘师傅");
    wx.person("刘建国", "liu-shifu");
    await wx.channel.deliver(liuShifu, { text: "您有一张新工单" });
    expect(wx.textsTo(namesake)).toEqual(["您有一张新工单"]);
    expect(wx.channel.canReach({ ...liuShifu, wechatName: null })).toBe(false);
  });

  it("refuses a message it cannot deliver, so the outbox tries again later", async () => {
    const wx = await open();
    await expect(wx.channel.deliver(liuShifu, { text: "您有一张新工单" })).rejects.toThrow(
      "no WeChat contact found for 刘师傅",
    );
    expect(wx.channel.canReach({ ...liuShifu, wechatAlias: null, wechatName: null })).toBe(false);
  });

  it("draws the login QR code in the terminal when the puppet asks for a scan", async () => {
    const wx = await open();
    const drawn = new Promise<string>((resolve) =>
      wx.qrOutput.once("data", (chunk: Buffer) => resolve(chunk.toString())),
    );
    wx.mocker.scan("https://login.weixin.qq.com/l/office-desk-test", ScanStatus.Waiting);
    expect(await drawn).toMatch(/[▀▄█]/);
  });
});
