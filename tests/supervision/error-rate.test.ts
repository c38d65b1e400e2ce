import { afterEach, describe, expect, it } from "vitest";
import {
  type EngineHarness,
  openEngineHarness,
  shanghai,
  ticketNumberIn,
} from "../support/engine-harness.js";

let h: EngineHarness;
afterEach(async () => h?.close());

function file(teacher: string, kind: "投诉" | "建议", text: string): string {
  const user = h.user(teacher);
  user.say(
    `${kind}\n类型: ${kind}\n问题类型: 服务态度\n具体情况: ${text}\n匿名: 否\n联系方式: 分机 8001\n期望结果: 改进\n复杂问题: 否`,
  );
  return ticketNumberIn(user.say("确认"));
}

describe("error rate and satisfaction in 统计 (G16)", () => {
  it("counts complaints (not suggestions) marked as operator error; 1 of 2 is 50 % and flags training", async () => {
    h = await openEngineHarness({ now: shanghai("2026-11-02 09:00") });
    const rude = file("王老师", "投诉", "窗口工作人员说话很冲，不解释流程");
    file("赵老师", "投诉", "复印机排队的时间太长了，效率很低");
    const idea = file("钱老师", "建议", "希望文印室中午也有人值班");
    const head = h.user("张主任");
    expect(head.say(`操作失误 ${idea}`)).toContain("不是投诉，不能记为操作失误");
    expect(h.user("刘师傅").say(`操作失误 ${rude}`)).toMatch(/没有查看工单|只有办公室负责人或承办岗位/);
    expect(h.user("赵协调").say(`操作失误 ${rude}`)).toContain(`工单 ${rude} 已记为操作失误`);
    const text = head.say("统计 本月");
    expect(text).toContain("错误率 50.0%（操作失误 1 / 投诉 2 件）目标 < 5%");
    expect(text).toContain("错误率达到 5%，建议安排业务培训");
  });

  it("shows the mean rating and each score's count, by post", async () => {
    h = await openEngineHarness({ now: shanghai("2026-11-02 09:00") });
    const scores = [5, 5, 4, 2];
    const teachers = ["王老师", "赵老师", "钱老师", "孙老师"];
    scores.forEach((score, i) => {
      const teacher = h.user(teachers[i]!);
      teacher.say(`报修\n地点: 教学楼A20${i}\n问题: 灯不亮\n类别: 水电\n紧急: 否\n联系方式: 分机 8021`);
      const number = ticketNumberIn(teacher.say("确认"));
      h.user("刘师傅").say(`完成 ${number} 已修好`);
      teacher.say(`评价 ${number} ${score}${score <= 2 ? " 等了很久" : ""}`);
    });
    const text = h.user("张主任").say("kpi this month");
    expect(text).toContain("Satisfaction 4.00 / 5 (4 ratings; 5★ 2, 4★ 1, 3★ 0, 2★ 1, 1★ 0)");
    expect(text).toContain("• Facilities & logistics: on time 100.0% (4/4), 4 opened, satisfaction 4.00 / 5");
  });
});
