import { afterEach, describe, expect, it } from "vitest";
import { SchedulerHarness } from "../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

describe("complaint stages (G7)", () => {
  it("the complainant hears at each stage: registered, assigned, plan, solved, then the poll", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    h.say("王老师", "投诉 食堂的饭菜连续一周都太咸了，希望改进");
    h.say("王老师", "否");
    h.say("王老师", "分机 8021");
    h.say("王老师", "跳过");
    h.say("王老师", "否");
    const registered = h.sayText("王老师", "确认");
    expect(registered).toContain("已登记");
    const number = /工单号[：:]\s*(\S+)。/.exec(registered)![1]!;

    h.say("赵协调", `接单 ${number}`);
    h.say("赵协调", `方案 ${number} 已与食堂沟通，下周起减少用盐`);
    h.say("赵协调", `完成 ${number} 食堂已调整菜品口味`);
    await h.tick();

    expect(h.channel.to("王老师").map((s) => s.message.text)).toEqual([
      `您的工单 ${number} 状态更新为“已受理”。`,
      `您的工单 ${number} 状态更新为“处理中”。\n说明：已与食堂沟通，下周起减少用盐`,
      `您的工单 ${number} 状态更新为“已办结”。\n说明：食堂已调整菜品口味`,
      `工单 ${number} 已办结，请为本次服务打分（1–5 分，5 分最满意），也可以附上评语。`,
    ]);
  });
});
