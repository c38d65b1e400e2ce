import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConversation } from "../../src/db/queries/conversations.js";
import { type EngineHarness, openEngineHarness } from "../support/engine-harness.js";

let h: EngineHarness;
let n = 0;
beforeAll(async () => {
  h = await openEngineHarness();
});
afterAll(() => h.close());

function teacher() {
  const name = `修正老师${n++}`;
  const user = h.user(name);
  return {
    say: (text: string) => user.say(text),
    values: () => loadConversation(h.db, { channel: "console", userKey: name, threadKey: "" })?.values ?? {},
    flow: () => loadConversation(h.db, { channel: "console", userKey: name, threadKey: "" })?.flowId ?? null,
  };
}

describe("conversation repair", () => {
  it("'不对，是A302' at the review changes the place, not the question being asked", () => {
    const t = teacher();
    t.say("A301的投影仪打不开了");
    const review = t.say("分机 8021");
    expect(review).toContain("地点：A301");
    const fixed = t.say("不对，是A302");
    expect(fixed).toContain("已将“地点”改为：A302。");
    expect(fixed).toContain("地点：A302");
    expect(t.values()).toMatchObject({ location: "A302", contact: "分机 8021" });
  });

  it("'改成下午4点' moves a booking's time keeping its day and length; '人数改为15' changes the count", () => {
    const t = teacher();
    t.say("明天下午2点到3点借301开教研会，10人");
    expect(t.say("改成下午4点")).toContain("已将“使用时间”改为：11月27日(周五) 16:00–17:00。");
    expect(t.say("人数改为15")).toContain("已将“人数”改为：15。");
    expect(t.values()).toMatchObject({ attendees: 15 });
  });

  it("'修改 时间' finds the field by an everyday name", () => {
    const t = teacher();
    t.say("明天下午2点到3点借301开教研会，10人");
    expect(t.say("修改 时间")).toContain("请问什么时间使用？");
    expect(t.say("修改 人数")).toContain("请问大约多少人参加？");
  });

  it("a new request mid-flow asks whether to switch, and switching starts it from that message", () => {
    const t = teacher();
    t.say("借301会议室");
    const ask = t.say("另外A305教室的空调坏了，一直滴水");
    expect(ask).toContain("先完成当前的会议室预约，还是改办报修？");
    expect(t.flow()).toBe("room-booking");
    expect(t.say("继续会议室预约")).toContain("请问什么时间使用？");
    t.say("另外A305教室的空调坏了，一直滴水");
    expect(t.say("改办报修")).toContain("【报修】");
    expect(t.flow()).toBe("repair");
    expect(t.values()).toMatchObject({ location: "A305教室", category: "air-conditioning" });
  });

  it("a control word is never stored as a text value", () => {
    const t = teacher();
    t.say("报修");
    expect(t.say("确认")).toContain("这一步需要填写“地点”");
    expect(t.values()).toEqual({});
  });
});
