import { afterEach, describe, expect, it } from "vitest";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

const summaries = () => h.sentContaining("上周服务小结", "张主任");

describe("weekly summary", () => {
  it("the office head gets last week's numbers on Monday morning", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-23 09:00" });
    const rated = h.reportRepair();
    const other = h.reportRepair("李老师", "教学楼B201 投影仪不亮 分机 8030");
    for (const ticket of [rated, other]) h.say("刘师傅", `完成 ${ticket.number} 已更换灯泡`);
    h.say("王老师", `评价 ${rated.number} 4`);
    await h.tickUntil("2026-11-30 08:40", 10);

    expect(summaries().map((s) => s.at)).toEqual(["2026-11-30 08:30"]);
    const text = summaries()[0]!.message.text;
    expect(text).toContain("上周服务小结（2026-11-23 至 2026-11-29）");
    expect(text).toContain("新建工单 2 件，办结 2 件，当前超时未办 0 件");
    expect(text).toContain("按时完成率 100.0%");
    expect(text).toContain("平均满意度 4.00 / 5（1 条评价）");
  });

  it("when Monday is a holiday it comes on the first working morning of the week", async () => {
    h = await SchedulerHarness.open({ start: "2026-10-04 12:00" });
    await h.tickUntil("2026-10-12 08:40", 10);
    // 2026-10-05 to 07 are National Day holidays; Thursday the 8th is the week's first working day.
    expect(summaries().map((s) => s.at)).toEqual(["2026-10-08 08:30", "2026-10-12 08:30"]);
    expect(summaries()[0]!.message.text).toContain("按时完成率 暂无数据");
  });
});
