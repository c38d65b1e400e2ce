import { afterEach, describe, expect, it } from "vitest";
import { SchedulerHarness, serviceJobs } from "../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

const openWithServiceJobs = (start: string) => SchedulerHarness.open({ start, jobs: serviceJobs });

function answer(who: string, answers: readonly string[]): void {
  h.say(who, "填写调查");
  for (const text of answers) h.say(who, text);
}

describe("the survey's reminder and the quarterly summary (G17, G19)", () => {
  it("those who have not answered get one reminder after 3 working days, and never a second", async () => {
    h = await openWithServiceJobs("2026-11-26 09:00");
    h.say("王老师", "菜单");
    h.say("赵老师", "菜单");
    h.setNow("2026-11-26 10:00");
    expect(h.sayText("张主任", "调查 发送")).toContain("2026-12-01 10:00 会提醒尚未填写的人一次");
    answer("王老师", ["5", "5", "5", "5", "5", "无"]);
    await h.tickUntil("2026-12-01 11:00", 15);
    await h.tickUntil("2026-12-09 11:00", 120);

    const reminders = h.sentContaining("提醒：2026 秋季学期满意度调查还没有收到您的答卷");
    // Thursday 10:00 + 3 working days (Fri, Mon, Tue) = Tuesday 10:00.
    expect(reminders.map((r) => r.at)).toEqual(Array(reminders.length).fill("2026-12-01 10:00"));
    expect(reminders.map((r) => r.to).sort()).toEqual(
      ["赵老师", "李文员", "王会务", "赵协调", "刘师傅", "陈编辑", "李主任", "王副校长", "孙主任"].sort(),
    );
    expect(reminders[0]!.message.choices).toEqual([{ label: "开始填写", value: "填写调查" }]);
    expect(h.sentContaining("Reminder: we have not had your answers").map((r) => r.to)).toEqual([
      "Emma Clark",
    ]);
  });

  it("the head gets the quarter's survey results and improvement plans on its last working day", async () => {
    h = await openWithServiceJobs("2026-12-21 09:00");
    h.say("王老师", "菜单");
    h.setNow("2026-12-21 10:00");
    h.say("张主任", "调查 发送");
    answer("王老师", ["5", "3", "5", "4", "5", "打印排队太久"]);
    h.say("张主任", "改进 文印室增设一台自助复印机");
    await h.tickUntil("2027-01-06 09:00", 30);

    // 2026-12-31 is the school's own day off (校庆日, in the example directory): the 30th is the last working day.
    const summaries = h.sentContaining("【季度小结】2026-Q4 服务监督小结", "张主任");
    expect(summaries.map((s) => s.at)).toEqual(["2026-12-30 08:30"]);
    const text = summaries[0]!.message.text;
    expect(text).toContain("2026 秋季学期满意度调查结果（回收 1/10 份）");
    expect(text).toContain("平均 3.00 分，满意（4–5 分）0%  ⚠️ 未达标，纳入部门考核");
    expect(text).toContain("· 打印排队太久");
    expect(text).toContain("2026-Q4 的改进方案：\n1. 文印室增设一台自助复印机");
    expect(text).toContain("本季度关键指标：\n按时完成率 暂无数据");
  });
});
