import { afterEach, describe, expect, it } from "vitest";
import { kpiNumbers } from "../../src/db/queries/kpi.js";
import {
  type EngineHarness,
  openEngineHarness,
  shanghai,
  ticketNumberIn,
} from "../support/engine-harness.js";

let h: EngineHarness;
afterEach(async () => h?.close());

const repair = (place: string) =>
  `报修\n地点: ${place}\n问题: 灯不亮\n类别: 水电\n紧急: 否\n联系方式: 分机 8021`;

function report(harness: EngineHarness, teacher: string, place: string): string {
  const user = harness.user(teacher);
  user.say(repair(place));
  return ticketNumberIn(user.say("确认"));
}

describe("KPIs for the office head (G16)", () => {
  it("count on-time and late resolutions, complaints caused by operator mistakes, and ratings", async () => {
    h = await openEngineHarness({ now: shanghai("2026-11-02 09:00") });
    const clerk = h.user("刘师傅");
    const onTime = report(h, "王老师", "教学楼A101");
    const late = report(h, "赵老师", "教学楼A102");
    const open = report(h, "钱老师", "教学楼A103");
    expect(clerk.say(`完成 ${onTime} 已更换灯管`)).toContain("已办结");
    h.clock.set(shanghai("2026-11-10 09:00"));
    expect(clerk.say(`完成 ${late} 已更换灯管`)).toContain("已办结");
    h.user("王老师").say(`评价 ${onTime} 5 很及时`);
    h.user("赵老师").say(`评价 ${late} 2 太慢了`);
    const complaintUser = h.user("孙老师");
    complaintUser.say(
      "投诉\n问题类型: 服务态度\n具体情况: 窗口工作人员态度生硬，不予解释\n匿名: 否\n联系方式: 分机 8001\n期望结果: 道歉\n复杂问题: 否",
    );
    const complaint = ticketNumberIn(complaintUser.say("确认"));
    expect(h.user("赵协调").say(`操作失误 ${complaint}`)).toContain("操作失误");

    h.clock.advanceMinutes(1);
    const now = h.clock.read();
    const k = kpiNumbers(h.db, shanghai("2026-11-01 00:00"), now, now);
    expect(k).toMatchObject({
      opened: 4,
      resolved: 2,
      onTime: 1,
      complaints: 1,
      operatorErrors: 1,
      ratings: 2,
    });
    expect(k.dueInPeriod).toBe(3); // on time, late, and the open one already past its resolution deadline
    expect(k.ratingAverage).toBe(3.5);
    expect(k.overdueOpen).toBeGreaterThanOrEqual(1);
    expect(open).toMatch(/^综合办-20261102-003$/);

    const text = h.user("张主任").say("统计");
    expect(text).toContain("按时完成率 33.3%");
    expect(text).toContain("低于 85%，需要分析原因");
    expect(text).toContain("错误率 100.0%");
    expect(text).toContain("满意度 3.50 / 5（2 条评价）");
  });

  it("are only for office staff", async () => {
    h = await openEngineHarness();
    expect(h.user("王老师").say("统计")).toContain("只有办公室工作人员");
  });
});
