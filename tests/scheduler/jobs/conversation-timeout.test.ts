import { afterEach, describe, expect, it } from "vitest";
import { loadConversation } from "../../../src/db/queries/conversations.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

const conversationOf = (who: string) =>
  loadConversation(h.app.db, { channel: "console", userKey: who, threadKey: "" });

describe("conversation timeout", () => {
  it("a form left alone for an hour is closed without saving and the person is told", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    h.say("王老师", "投影仪坏了");
    expect(conversationOf("王老师")?.flowId).toBe("repair");
    await h.tickUntil("2026-11-30 10:30", 5);

    const notices = h.sentContaining("长时间没有继续", "王老师");
    expect(notices.map((s) => [s.at, s.message.text])).toEqual([
      ["2026-11-30 10:05", "【报修】长时间没有继续，已自动结束，没有保存。需要时回复“菜单”重新开始。"],
    ]);
    expect(conversationOf("王老师")).toMatchObject({ flowId: null, values: {}, state: {} });
    expect(h.outbox("assignment")).toEqual([]);
  });

  it("a conversation that keeps going is not closed", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    h.say("王老师", "投影仪坏了");
    await h.tickUntil("2026-11-30 09:50", 5);
    h.say("王老师", "教学楼A301");
    await h.tickUntil("2026-11-30 10:45", 5);
    expect(h.sentContaining("长时间没有继续")).toEqual([]);
    expect(conversationOf("王老师")?.flowId).toBe("repair");
  });

  it("an English conversation gets the notice in English", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    h.say("Tom", "the projector is broken");
    await h.tickUntil("2026-11-30 10:10", 5);
    expect(h.sentContaining("was inactive for a long time", "Tom").map((s) => s.message.text)).toEqual([
      'Your "Repair" request was inactive for a long time and has been closed without saving. Reply "menu" to start again.',
    ]);
  });
});
