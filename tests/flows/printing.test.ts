import { describe, expect, it } from "vitest";
import { deadlinesOf, getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, ticketNumberIn, wall } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("printing and copying flow (G11 文件复印)", () => {
  it("reads document, pages and copies from the first message and shows the pick-up time", async () => {
    const teacher = h.user("王老师");
    expect(teacher.say("打印《初二期中数学试卷》45份，每份4页")).toContain("单面还是双面？");
    expect(teacher.say("双面")).toContain("黑白还是彩色？");
    expect(teacher.say("黑白")).toContain("请问最晚什么时候要？");
    const review = teacher.say("明天上午10点前");
    expect(review).toContain("文件名称：初二期中数学试卷");
    expect(review).toContain("每份页数：4");
    expect(review).toContain("份数：45");
    expect(review).toContain("取件时间：11月27日(周五) 10:00");

    const done = teacher.say("确认");
    expect(done).toContain("文印岗将在 2 个工作小时内响应，预计今天 12:00前。");
    const ticket = getTicketByNumber(h.db, ticketNumberIn(done))!;
    expect(ticket).toMatchObject({ type: "printing", postId: "wenyin", summary: "初二期中数学试卷 45份" });
    expect(ticket.fields).toMatchObject({ pages: 4, copies: 45, sides: "double", color: "bw" });
    expect(deadlinesOf(h.db, ticket.id).map((d) => [d.milestone, wall(d.dueAt)])).toEqual([
      ["response", "2026-11-26 12:00"],
      ["resolution", "2026-11-27 10:00"],
    ]);
    expect((await h.delivered()).find((d) => d.to === "李文员")?.text).toContain(
      "文件复印：初二期中数学试卷 45份",
    );
  });

  it("reads '3点' in office hours as 15:00 and refuses a time already past", () => {
    const teacher = h.user("王老师");
    teacher.say("复印《家长会通知》");
    teacher.say("1页");
    teacher.say("100份");
    teacher.say("单面");
    teacher.say("黑白");
    expect(teacher.say("3点")).toContain("取件时间：11月26日(周四) 15:00");
    teacher.say("修改 取件时间");
    expect(teacher.say("今天上午9点")).toMatch(/已经过去|已过/);
  });

  it("asks to split a job over the desk's 5000-page limit", () => {
    const teacher = h.user("王老师");
    teacher.say("打印《期末复习资料》，每份60页");
    teacher.say("100份");
    teacher.say("双面");
    teacher.say("黑白");
    const reply = teacher.say("下周一上午10点");
    expect(reply).toContain("共 6000 页，超过文印岗单次 5000 页的上限。");
    expect(reply).toContain("请问印多少份？");
  });
});
