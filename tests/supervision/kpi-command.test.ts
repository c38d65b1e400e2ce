import { afterEach, describe, expect, it } from "vitest";
import { kpiCauseAnalyses } from "../../src/db/schema.js";
import { kpiReport } from "../../src/supervision/kpi-report.js";
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

/**
 * The dataset (G16): ten repairs all due in November — 5 resolved on time, 1 late, 1 open and
 * overdue, 1 refused, 1 withdrawn, 1 referred. Refused, withdrawn and referred are out: 5 of 7 = 71.4 %.
 */
async function novemberDataset(): Promise<string[]> {
  h = await openEngineHarness({ now: shanghai("2026-11-02 09:00") });
  const numbers = Array.from({ length: 10 }, (_, i) =>
    report(h, i === 8 ? "赵老师" : "王老师", `教学楼A1${i + 10}`),
  );
  const clerk = h.user("刘师傅");
  h.clock.set(shanghai("2026-11-03 10:00"));
  for (const n of numbers.slice(0, 5)) expect(clerk.say(`完成 ${n} 已更换灯管`)).toContain("已办结");
  expect(clerk.say(`退回 ${numbers[7]} 不属于报修范围`)).toContain(numbers[7]);
  expect(h.user("赵老师").say(`撤销 ${numbers[8]}`)).toContain(numbers[8]);
  expect(clerk.say(`转介 ${numbers[9]} 请联系信息中心`)).toContain(numbers[9]);
  h.clock.set(shanghai("2026-11-10 09:00"));
  expect(clerk.say(`完成 ${numbers[5]} 已更换灯管`)).toContain("已办结");
  h.clock.set(shanghai("2026-12-07 10:00"));
  return numbers;
}

describe("统计: on-time rate, the issue's ten tickets (G16)", () => {
  it("is 5 of 7 = 71.4 %: refused, withdrawn and referred tickets are out, the late and the overdue one count", async () => {
    await novemberDataset();
    const figures = kpiReport(h.app.context, {
      from: shanghai("2026-11-01 00:00"),
      to: shanghai("2026-12-01 00:00"),
    });
    expect(figures.onTime).toMatchObject({
      due: 7,
      completed: 6,
      onTime: 5,
      late: 1,
      overdue: 1,
      counted: 7,
    });
    expect(figures.onTime.rate).toBeCloseTo(71.43, 2);
    expect(figures.opened).toBe(10);
    expect(figures.byPost.map((p) => p.postId)).toEqual(["houqin"]);
    expect(figures.byType.map((p) => [p.type, p.opened])).toEqual([["repair", 10]]);

    const text = h.user("张主任").say("统计 上月");
    expect(text).toContain("上月：2026-11-01 至 2026-11-30");
    expect(text).toContain("按时完成率 71.4%（按期办结 5 / 7 件；逾期办结 1 件，超时未办 1 件）");
    expect(text).toContain("低于 85%，需要原因分析");
    expect(text).toContain("• 后勤：按时 71.4%（5/7），新建 10 件");
  });

  it("asks the head for a cause analysis below 85 %, records the next message, and shows it later", async () => {
    await novemberDataset();
    const head = h.user("张主任");
    expect(head.say("统计 上月")).toContain("请直接回复本期按时完成率偏低的原因分析");
    expect(head.say("月初集中报修，后勤只有一人值班")).toContain(
      "已记录 2026-11-01 至 2026-11-30 的原因分析",
    );
    const rows = h.db.select().from(kpiCauseAnalyses).all();
    expect(rows).toMatchObject([
      { fromDate: "2026-11-01", toDate: "2026-11-30", cause: "月初集中报修，后勤只有一人值班" },
    ]);
    expect(rows[0]!.onTimeRate).toBeCloseTo(71.43, 2);
    const later = head.say("统计 上月");
    expect(later).toContain("原因分析（张主任，2026-12-07 记录）：月初集中报修，后勤只有一人值班");
    expect(later).not.toContain("请直接回复");
    expect(head.say("原因 另外灯管备件不足")).toContain("已记录 2026-11-01 至 2026-11-30");
    expect(head.say("统计 2026-11")).toContain("原因分析（张主任，2026-12-07 记录）：另外灯管备件不足");
  });

  it("a clerk sees only their own post's figures, a teacher none", async () => {
    await novemberDataset();
    const liu = h.user("刘师傅").say("统计 上月");
    expect(liu).toContain("｜后勤");
    expect(liu).toContain("按时完成率 71.4%");
    const li = h.user("李文员").say("统计 上月");
    expect(li).toContain("｜文印岗");
    expect(li).toContain("按时完成率 暂无数据");
    expect(li).toContain("新建工单 0 件");
    expect(h.user("王老师").say("统计 上月")).toContain("只有办公室负责人和各岗位工作人员可以查看");
  });

  it("a bad range gets a polite reply and records nothing", async () => {
    h = await openEngineHarness({ now: shanghai("2026-12-07 10:00") });
    const head = h.user("张主任");
    expect(head.say("统计 2026-12-31 2026-09-01")).toContain("结束日期 2026-09-01 早于开始日期 2026-12-31");
    expect(head.say("统计 2026-02-30")).toContain("不是有效的日期");
    expect(head.say("统计 明年春天")).toContain("请写明统计期");
    expect(head.say("kpi last month")).toContain("Service KPIs | last month: 2026-11-01 to 2026-11-30");
    expect(h.db.select().from(kpiCauseAnalyses).all()).toEqual([]);
  });
});
