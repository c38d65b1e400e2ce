import { eq } from "drizzle-orm";
import { FileBox } from "file-box";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { types } from "wechaty";
import { people, ticketAttachments, tickets } from "../../../src/db/schema.js";
import { openWechatHarness, type WechatHarness } from "../../support/wechat-harness.js";

const number = /综合办-\d{8}-\d{3}/;

/** A small JPEG's first bytes are enough: the bot stores what it gets. */
const photoBytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("projector photo")]);
const photo = () => FileBox.fromBase64(photoBytes.toString("base64"), "projector.jpg");

let wx: WechatHarness;
beforeEach(async () => {
  wx = await openWechatHarness();
});
afterEach(async () => {
  await wx.close();
});

const last = (texts: string[]) => texts.at(-1) ?? "";

describe("a repair reported in a private WeChat chat", () => {
  it("creates a ticket with the photo stored, and the clerk's WeChat notice mentions the photo", async () => {
    const liu = wx.person("刘师傅", "liu-shifu");
    const teacher = wx.person("王老师");

    await wx.say(teacher, "投影仪坏了");
    expect(last(wx.textsTo(teacher))).toContain("请问在哪里");
    await wx.say(teacher, "教学楼A301");
    await wx.say(teacher, photo());
    expect(last(wx.textsTo(teacher))).toContain("已收到附件“projector.jpg”");
    await wx.say(teacher, "分机 8021");
    expect(last(wx.textsTo(teacher))).toContain("1. 确认\n2. 修改\n3. 取消\n（回复 1、2 或 3）");
    await wx.say(teacher, "1");
    const created = last(wx.textsTo(teacher));
    expect(created).toMatch(/已受理，工单号：综合办-\d{8}-\d{3}/);
    const ticketNumber = number.exec(created)![0];

    const [ticket] = wx.app.db.select().from(tickets).all();
    expect(ticket).toMatchObject({
      number: ticketNumber,
      type: "repair",
      channel: "wechat",
      priority: "urgent",
    });
    const stored = wx.app.db
      .select()
      .from(ticketAttachments)
      .where(eq(ticketAttachments.ticketId, ticket!.id))
      .all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: "image",
      name: "projector.jpg",
      mimeType: "image/jpeg",
      size: photoBytes.length,
    });
    expect(Buffer.compare(stored[0]!.data, photoBytes)).toBe(0);

    const notice = await wx.waitFor(liu, (t) => t.includes(ticketNumber));
    expect(notice).toContain("🔴");
    expect(notice).toContain("附件 1 个");
    expect(notice).toContain(`接单 ${ticketNumber}`);
    expect(notice).toContain(`完成 ${ticketNumber}`);
  });

  it("lets the clerk accept and resolve it by the commands in the notice, and keeps the teacher informed", async () => {
    const liu = wx.person("刘师傅", "liu-shifu");
    const teacher = wx.person("王老师");
    for (const text of ["投影仪坏了", "教学楼A301", "分机 8021", "确认"]) await wx.say(teacher, text);
    const ticketNumber = number.exec(last(wx.textsTo(teacher)))![0];
    await wx.waitFor(liu, (t) => t.includes(ticketNumber));

    await wx.say(liu, `接单 ${ticketNumber}`);
    expect(last(wx.textsTo(liu))).toBe(`已更新：${ticketNumber} → 已受理。`);
    await wx.waitFor(teacher, (t) => t.includes(`您的工单 ${ticketNumber} 状态更新为“已受理”`));

    await wx.say(liu, `完成 ${ticketNumber} 已更换投影仪灯泡`);
    expect(last(wx.textsTo(liu))).toBe(`已更新：${ticketNumber} → 已办结。`);
    await wx.waitFor(teacher, (t) => t.includes("已办结") && t.includes("说明：已更换投影仪灯泡"));
    const poll = await wx.waitFor(teacher, (t) => t.includes("请为本次服务打分"));
    expect(poll).toContain(`★★★★★：评价 ${ticketNumber} 5`);

    await wx.say(teacher, `评价 ${ticketNumber} 5`);
    expect(last(wx.textsTo(teacher))).toContain("谢谢您的评价（5 分）");
    const [ticket] = wx.app.db.select().from(tickets).all();
    expect(ticket?.status).toBe("closed");
    const clerk = wx.app.db.select().from(people).where(eq(people.name, "刘师傅")).get();
    expect(clerk?.wechatId).toBe(liu.id);
  });

  it("accepts a numbered choice, the choice's text, or the first characters of it", async () => {
    const teacher = wx.person("王老师");
    await wx.say(teacher, "教学楼A301 东西坏了");
    expect(last(wx.textsTo(teacher))).toContain("2. 空调（重大维修）");
    await wx.say(teacher, "2");
    await wx.say(teacher, "否");
    await wx.say(teacher, "分机 8021");
    expect(last(wx.textsTo(teacher))).toContain("类别：空调（重大维修）");

    await wx.say(teacher, "修改 类别");
    await wx.say(teacher, "网络");
    expect(last(wx.textsTo(teacher))).toContain("类别：网络电话");

    await wx.say(teacher, "修改 类别");
    await wx.say(teacher, "门窗桌椅");
    expect(last(wx.textsTo(teacher))).toContain("类别：门窗桌椅");
  });

  it("answers in English with an English hint for the numbered choices", async () => {
    const teacher = wx.person("Ms Smith");
    await wx.say(teacher, "menu");
    const menu = last(wx.textsTo(teacher));
    expect(menu).toMatch(/\n\(reply 1, 2, [\d, ]* or \d+\)$/);
    expect(menu.match(/\d+\. Repair/g)).toHaveLength(1);
    await wx.say(teacher, /(\d+)\. Repair$/m.exec(menu)![1]!);
    expect(last(wx.textsTo(teacher))).toContain("Where is it?");
  });

  it("answers a sticker, a voice message or a link with a short polite note and repeats its question", async () => {
    const teacher = wx.person("王老师");
    await wx.say(teacher, "投影仪坏了");
    const before = wx.textsTo(teacher).length;

    await wx.send(teacher, { type: types.Message.Emoticon });
    const note = wx.textsTo(teacher).slice(before);
    expect(note).toEqual([
      "没有收到文字内容，请直接输入您的需要，或回复“菜单”查看服务。",
      "请问在哪里？ 例如：教学楼A301",
    ]);

    await wx.send(teacher, { type: types.Message.Audio });
    await wx.send(teacher, {
      type: types.Message.Url,
      text: "<msg><appmsg><title>一篇文章</title></appmsg></msg>",
    });
    expect(wx.textsTo(teacher).slice(before)).toHaveLength(6);

    await wx.say(teacher, "教学楼A301");
    expect(last(wx.textsTo(teacher))).toContain("请留一个联系电话或分机");
  });

  it("tells the sender a photo is not kept when nothing in progress needs one", async () => {
    const teacher = wx.person("王老师");
    await wx.say(teacher, photo());
    expect(wx.textsTo(teacher)).toEqual([
      "收到附件，但当前没有需要附件的办理事项（报修或文件类可以附照片或文件）。",
    ]);
    expect(wx.app.db.select().from(ticketAttachments).all()).toHaveLength(0);
  });

  it("refuses a photo over 5 MB politely and does not store it", async () => {
    const teacher = wx.person("王老师");
    await wx.say(teacher, "投影仪坏了");
    const huge = Buffer.alloc(5 * 1024 * 1024 + 10, 1);
    await wx.say(teacher, FileBox.fromBase64(huge.toString("base64"), "huge.jpg"));
    expect(last(wx.textsTo(teacher))).toBe("附件超过 5 MB，未保存。请压缩后再发，或线下提交。");
    expect(wx.app.db.select().from(ticketAttachments).all()).toHaveLength(0);
  });
});

describe("a ticket's files on WeChat", () => {
  it("the clerk who may see the ticket gets the photo itself with 附件 <no>; another teacher does not", async () => {
    const liu = wx.person("刘师傅", "liu-shifu");
    const teacher = wx.person("王老师");
    await wx.say(teacher, "投影仪坏了");
    await wx.say(teacher, "教学楼A301");
    await wx.say(teacher, photo());
    await wx.say(teacher, "分机 8021");
    await wx.say(teacher, "1");
    const ticketNumber = number.exec(last(wx.textsTo(teacher)))![0];

    await wx.say(liu, `附件 ${ticketNumber}`);
    expect(last(wx.textsTo(liu))).toBe("");
    expect(wx.textsTo(liu).join("\n")).toContain(`工单 ${ticketNumber} 的附件 1 个：\n1. projector.jpg`);
    const files = await wx.filesTo(liu);
    expect(files.map((f) => f.name)).toEqual(["projector.jpg"]);
    expect(Buffer.compare(files[0]!.data, photoBytes)).toBe(0);

    const other = wx.person("李老师");
    await wx.say(other, `附件 ${ticketNumber}`);
    expect(last(wx.textsTo(other))).toContain("没有查看工单");
    expect(await wx.filesTo(other)).toEqual([]);
  });
});
