import { afterEach, describe, expect, it } from "vitest";
import { kpiCauseAnalyses } from "../../../src/db/schema.js";
import { defaultJobs } from "../../../src/scheduler/default-jobs.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

/** The office's jobs as the app runs them: the scheduler's own and every service's (the reports among them). */
const open = (start: string) =>
  SchedulerHarness.open({
    start,
    jobs: (app) => [...defaultJobs(app.context.settings), ...app.context.services.jobs()],
  });

const weekly = () => h.sentContaining("📊 周报", "张主任");
const monthly = () => h.sentContaining("📊 月报", "张主任");

describe("weekly and monthly reports to the office head (G4 周报/月报)", () => {
  it("the weekly report comes on Monday morning with last week's figures, what changed, ratings and the overdue list", async () => {
    h = await open("2026-11-16 09:00");
    h.reportRepair("李老师", "教学楼B201 投影仪不亮 分机 8030");
    await h.tickUntil("2026-11-23 09:00", 10);
    const rated = h.reportRepair();
    const late = h.reportRepair("赵老师", "教学楼C301 投影仪不亮 分机 8040");
    h.say("刘师傅", `完成 ${rated.number} 已更换灯泡`);
    h.say("王老师", `评价 ${rated.number} 2 修得太慢了`);
    await h.tickUntil("2026-11-30 08:40", 10);

    expect(weekly().map((s) => s.at)).toEqual(["2026-11-23 08:30", "2026-11-30 08:30"]);
    const text = weekly()[1]!.message.text;
    expect(text).toContain("周报｜上周：2026-11-23 至 2026-11-29｜全办公室");
    expect(text).toContain("新建工单 2 件，办结 1 件");
    expect(text).toContain("与上期（2026-11-16 至 2026-11-22）相比：");
    expect(text).toContain("新建工单 +1 件");
    expect(text).toContain("满意度 2.00 / 5（1 条评价；5分 0，4分 0，3分 0，2分 1，1分 0）");
    expect(text).toContain("低分评价（≤ 2 分）：");
    expect(text).toMatch(new RegExp(`• ${rated.number}｜2分｜.*投影仪不亮.*｜“修得太慢了”`));
    expect(text).toContain("• 后勤：");
    expect(text).toContain("• 报修：");
    // The first repair (week before) and the unresolved one are past their deadlines now.
    expect(text).toContain("当前超时未办 2 件：");
    expect(text).toContain(`• ${late.number}｜后勤｜`);
    expect(text).not.toContain(`• ${rated.number}｜后勤｜`);
  });

  it("a holiday Monday moves the weekly report; the monthly one comes on the month's first working day, once", async () => {
    h = await open("2026-09-28 12:00");
    await h.tickUntil("2026-10-12 08:40", 10);
    // 2026-10-01 to 07 are National Day holidays: the week's and the month's first working day is Thursday the 8th.
    expect(weekly().map((s) => s.at)).toEqual(["2026-10-08 08:30", "2026-10-12 08:30"]);
    expect(monthly().map((s) => s.at)).toEqual(["2026-10-08 08:30"]);
    expect(monthly()[0]!.message.text).toContain("月报｜上月：2026-09-01 至 2026-09-30｜全办公室");
    expect(monthly()[0]!.message.text).toContain("按时完成率 暂无数据");
  });

  it("a month below 85 % asks for a cause analysis, which `原因` records and next month's report shows", async () => {
    h = await open("2026-10-26 09:00");
    const late = h.reportRepair();
    await h.tickUntil("2026-11-02 08:40", 10);
    const report = monthly()[0]!.message.text;
    expect(report).toContain("月报｜上月：2026-10-01 至 2026-10-31");
    expect(report).toContain("按时完成率 0.0%（按期办结 0 / 1 件；逾期办结 0 件，超时未办 1 件）");
    expect(report).toContain("请发“原因 …”记录本期按时完成率偏低的原因分析");
    expect(h.sayText("张主任", "原因 国庆后积压，灯管缺货")).toContain(
      "已记录 2026-10-01 至 2026-10-31 的原因分析",
    );
    h.say("刘师傅", `完成 ${late.number} 已更换`);
    await h.tickUntil("2026-12-01 08:40", 60);
    const next = monthly().at(-1)!.message.text;
    expect(next).toContain("月报｜上月：2026-11-01 至 2026-11-30");
    expect(next).toContain("上期（2026-10-01 至 2026-10-31）原因分析：国庆后积压，灯管缺货");
    // The week of 10-26 was below 85 % too: its weekly report flagged it, still without a cause.
    const flagged = h.app.db.select().from(kpiCauseAnalyses).all();
    expect(flagged.map((r) => [r.fromDate, r.toDate, r.cause])).toEqual([
      ["2026-10-26", "2026-11-01", null],
      ["2026-10-01", "2026-10-31", "国庆后积压，灯管缺货"],
    ]);
  });

  it("周报 and 月报 on demand give the same report; a clerk gets their post's", async () => {
    h = await open("2026-12-07 10:00");
    expect(h.sayText("张主任", "周报")).toContain("周报｜上周：2026-11-30 至 2026-12-06｜全办公室");
    expect(h.sayText("张主任", "monthly report")).toContain(
      "Monthly report | last month: 2026-11-01 to 2026-11-30 | whole office",
    );
    expect(h.sayText("李文员", "月报")).toContain("月报｜上月：2026-11-01 至 2026-11-30｜文印岗");
    expect(h.sayText("王老师", "周报")).toContain("只有办公室负责人和各岗位工作人员可以查看");
  });
});
