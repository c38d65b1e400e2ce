import { describe, expect, it } from "vitest";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("complaints and suggestions flow (G7)", () => {
  it("takes type and description from the complaint itself and routes it to 协调岗 as important", async () => {
    const teacher = h.user("王老师");
    expect(teacher.say("我要投诉，服务台态度很不耐烦，等了40分钟没人理")).toContain("是否匿名提交？");
    expect(teacher.say("否")).toContain("请留一个联系电话或分机");
    expect(teacher.say("分机 8021")).toContain("希望怎样处理？");
    teacher.say("跳过");
    const review = teacher.say("否");
    expect(review).toContain("问题类型：服务态度");
    expect(review).toContain("具体情况：我要投诉，服务台态度很不耐烦，等了40分钟没人理");
    expect(review).toContain("匿名：否");
    expect(review).toContain("联系方式：分机 8021");

    const done = teacher.say("确认");
    expect(done).toContain("协调岗将在 2 个工作日内响应，预计11月30日(周一) 10:00前。");
    expect(done).toContain("初步方案：12月3日(周四) 10:00前");
    expect(done).toContain("5个工作日内给出初步方案；解决后会通知您并回访满意度");
    const ticket = getTicketByNumber(h.db, ticketNumberIn(done))!;
    expect(ticket).toMatchObject({ type: "complaint", postId: "xietiao", priority: "important" });
    expect((await h.delivered()).map((d) => d.to)).toEqual(["赵协调"]);
  });

  it("does not ask for a contact when the complaint is anonymous; complex ones get 10 working days", () => {
    const teacher = h.user("王老师");
    teacher.say("提建议");
    teacher.say("设施环境");
    teacher.say("教学楼走廊晚上照明不足，存在安全隐患。");
    expect(teacher.say("是")).toContain("希望怎样处理？");
    teacher.say("希望加装路灯");
    const review = teacher.say("是");
    expect(review).toContain("匿名：是");
    expect(review).not.toContain("联系方式");
    expect(review).toContain("复杂问题：是");
    const done = teacher.say("确认");
    expect(done).toContain("初步方案：12月10日(周四) 10:00前");
    expect(done).toContain("您选择了匿名，可在本对话中查看进度");
  });

  it("in a group chat answers privately with a short note in the group", () => {
    const replies = h.user("王老师").send("我要投诉食堂卫生太差，已经反映多次没人管", { inGroup: true });
    expect(replies[0]).toEqual({
      text: "这件事涉及个人信息，我已私信您继续办理。",
      locale: "zh",
      kind: "notice",
    });
    expect(replies.slice(1).every((r) => r.private === true)).toBe(true);
    expect(replies.map((r) => r.text).join("\n")).toContain("【投诉与建议】");
  });
});
