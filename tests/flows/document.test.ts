import { describe, expect, it } from "vitest";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("document flow (G1/G2)", () => {
  it("registers an incoming document from one sentence: unit, pages and classification", async () => {
    const teacher = h.user("王老师");
    expect(teacher.say("收到区教育局来文，共12页，内部")).toContain("请问文件标题是什么？");
    expect(teacher.say("关于开展冬季安全检查的通知")).toContain("请问文号是？没有可跳过。");
    expect(teacher.say("区教发〔2026〕12号")).toContain("有办理期限吗？");
    const review = teacher.say("跳过");
    expect(review).toContain("文件标题：关于开展冬季安全检查的通知");
    expect(review).toContain("文号：区教发〔2026〕12号");
    expect(review).toContain("办理类型：收文");
    expect(review).toContain("来文/收文单位：区教育局");
    expect(review).toContain("密级：内部");
    expect(review).toContain("页数：12");
    expect(review).not.toContain("办理期限");

    const done = teacher.say("确认");
    expect(done).toContain("文印岗将在 1 个工作日内响应，预计明天 10:00前。");
    expect(done).toContain("办结：明天 10:00前");
    const ticket = getTicketByNumber(h.db, ticketNumberIn(done))!;
    expect(ticket).toMatchObject({
      type: "document",
      postId: "wenyin",
      priority: "normal",
      summary: "收文 关于开展冬季安全检查的通知 区教育局 12页",
    });
    expect((await h.delivered()).map((d) => d.to).sort()).toEqual(["李文员", "陈编辑"]);
  });

  it("asks the archive category instead of a unit, and gives archiving 3 working days", () => {
    const teacher = h.user("王老师");
    teacher.say("我要归档一批文件");
    teacher.say("2025学年财务凭证");
    expect(teacher.say("跳过")).toContain("请问文件密级是？");
    teacher.say("公开");
    expect(teacher.say("30页")).toContain("请问归入哪一类？");
    teacher.say("财务");
    const review = teacher.say("跳过");
    expect(review).toContain("归档类别：财务");
    expect(review).not.toContain("来文/收文单位");
    expect(teacher.say("确认")).toContain("办结：12月1日(周二) 10:00前");
  });

  it("treats a secret outgoing document as important and warns not to send it in chat", () => {
    const teacher = h.user("王老师");
    teacher.say("发文给区教育局，秘密，5页，12月3日前");
    teacher.say("关于申报先进集体的报告");
    expect(teacher.say("跳过")).toContain("请问发文由谁签收？请写通讯录中的姓名。");
    const review = teacher.say("张主任");
    expect(review).toContain("办理类型：发文");
    expect(review).toContain("密级：秘密");
    expect(review).toContain("办理期限：12月3日(周四)");
    const done = teacher.say("确认");
    expect(done).toContain("涉密文件请将纸质件当面交文印岗登记，切勿通过聊天发送内容或照片。");
    expect(getTicketByNumber(h.db, ticketNumberIn(done))?.priority).toBe("important");
  });
});
