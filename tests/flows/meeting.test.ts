import { describe, expect, it } from "vitest";
import { deadlinesOf, getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, ticketNumberIn, wall } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("meeting arrangement flow (G3/G5)", () => {
  it("fills time and place from the first message and routes the meeting to 会务组", async () => {
    const teacher = h.user("王老师");
    expect(teacher.say("下周三下午2点到4点在301开会")).toContain("请问会议主题是什么？");
    expect(teacher.say("期中考试工作部署会")).toContain("请问哪些人或部门参加？");
    expect(teacher.say("各年级组长、教务处，约15人")).toContain("需要准备哪些设备？");
    expect(teacher.say("投影仪、话筒")).toContain("有需要准备或分发的会议材料吗？");
    expect(teacher.say("议程20份")).toContain("是否为跨部门会议？");
    const review = teacher.say("否");
    expect(review).toContain("会议主题：期中考试工作部署会");
    expect(review).toContain("会议时间：12月2日(周三) 14:00–16:00");
    expect(review).toContain("会议地点：301会议室（行政楼，20人）");
    expect(review).toContain("所需设备：投影仪、话筒");
    expect(review).toContain("跨部门会议：否");

    const done = teacher.say("确认");
    expect(done).toContain("会务组将在 1 个工作日内响应，预计明天 10:00前。");
    expect(done).toContain("初步方案：12月1日(周二) 10:00前");
    const ticket = getTicketByNumber(h.db, ticketNumberIn(done))!;
    expect(ticket).toMatchObject({
      type: "meeting",
      postId: "huiwu",
      priority: "normal",
      summary: "301会议室 期中考试工作部署会",
    });
    expect(deadlinesOf(h.db, ticket.id).map((d) => [d.milestone, wall(d.dueAt)])).toEqual([
      ["response", "2026-11-27 10:00"],
      ["plan", "2026-12-01 10:00"],
    ]);
    expect((await h.delivered()).find((d) => d.to === "王会务")?.text).toContain(
      "会务安排：301会议室 期中考试工作部署会",
    );
  });

  it("asks to move a cross-department meeting that is less than 7 days away (G5) and keeps it important", () => {
    const teacher = h.user("王老师");
    teacher.say("安排会议");
    teacher.say("全校教学质量分析会");
    teacher.say("各部门负责人，约30人");
    expect(teacher.say("下周一上午9点到11点")).toContain("请问在哪个会议室或场地开？");
    teacher.say("报告厅");
    teacher.say("无");
    teacher.say("跳过");
    expect(teacher.say("是")).toContain("请列出需要收到会议通知和议程的参会人姓名");
    const tooSoon = teacher.say("张主任");
    expect(tooSoon).toContain("跨部门会议须提前7天通知（附议程和材料），最早可安排在 2026-12-03。");
    expect(tooSoon).toContain("请问会议什么时间开始、什么时间结束？");
    const review = teacher.say("12月4日上午9点到11点");
    expect(review).toContain("会议时间：12月4日(周五) 09:00–11:00");
    expect(review).toContain("跨部门会议：是");
    const number = ticketNumberIn(teacher.say("确认"));
    expect(getTicketByNumber(h.db, number)?.priority).toBe("important");
  });
});
