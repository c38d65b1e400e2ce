import { describe, expect, it } from "vitest";
import { deadlinesOf, getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, ticketNumberIn, wall } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("notice publishing flow (G4)", () => {
  it("a major notice names no signer in the form (the directory's leader signs in chat) and gets 3 working days", async () => {
    const teacher = h.user("王老师");
    expect(teacher.say("发布通知")).toContain("请问通知的标题是什么？");
    expect(teacher.say("关于元旦放假安排的通知")).toContain("请发来通知正文。");
    expect(teacher.say("12月31日至1月2日放假，共3天；1月4日正常上班。")).toContain("请问在哪里发布？");
    expect(teacher.say("4")).toContain("请问希望哪天发布？");
    expect(teacher.say("下周一")).toContain("是否为重大通知");
    const review = teacher.say("是");
    expect(review).toContain("标题：关于元旦放假安排的通知");
    expect(review).toContain("发布渠道：公告栏、电子屏、公众号");
    expect(review).toContain("发布日期：11月30日(周一)");
    expect(review).toContain("重大通知：是");
    expect(review).not.toContain("领导签字");
    expect(review).toContain("修改某项请回复“修改 项目名”（如“修改 标题”）");

    const done = teacher.say("确认");
    expect(done).toContain("办公室负责人将在 1 个工作日内响应，预计明天 10:00前。");
    expect(done).toContain("办结：12月1日(周二) 10:00前");
    expect(done).toContain("还需王副校长在线签发");
    const ticket = getTicketByNumber(h.db, ticketNumberIn(done))!;
    expect(ticket).toMatchObject({ type: "notice", postId: "head", priority: "important" });
    expect(ticket.fields).toMatchObject({
      publishDate: "2026-11-30",
      channels: ["bulletin", "screen", "wechat-account"],
      major: true,
    });
    expect(deadlinesOf(h.db, ticket.id).map((d) => wall(d.dueAt))).toEqual([
      "2026-11-27 10:00",
      "2026-12-01 10:00",
    ]);
    expect((await h.delivered()).map((d) => d.to)).toEqual(["张主任"]);
  });

  it("an ordinary notice can be changed to major and back at the review", () => {
    const teacher = h.user("王老师");
    teacher.say("在公告栏张贴通知《图书馆开放时间调整》");
    expect(teacher.say("图书馆周六开放时间改为9:00-17:00。")).toContain("请问希望哪天发布？");
    teacher.say("明天");
    expect(teacher.say("是")).toContain("重大通知：是");
    expect(teacher.say("修改 重大通知")).toContain("是否为重大通知");
    const review = teacher.say("否");
    expect(review).toContain("标题：图书馆开放时间调整");
    expect(review).toContain("发布渠道：公告栏");
    expect(review).toContain("发布日期：11月27日(周五)");
    expect(review).not.toContain("领导签字");
    expect(teacher.say("确认")).toContain("办结：明天 10:00前");
  });

  it("refuses a publish date in the past and explains it", () => {
    const teacher = h.user("王老师");
    teacher.say("发布通知");
    teacher.say("停水通知");
    teacher.say("周五上午教学楼停水。");
    teacher.say("电子屏");
    const reply = teacher.say("11月20日");
    expect(reply).toMatch(/已经过去|已过/);
    expect(reply).toContain("请问希望哪天发布？");
  });
});
