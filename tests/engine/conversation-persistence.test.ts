import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { conversations, tickets } from "../../src/db/schema.js";
import { bumpVersion, copyFlows, withoutFlow } from "../support/engine-flow-copy.js";
import { engineHarnessPerTest, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("conversations survive restarts and flow updates", () => {
  it("continues at the same question after the app is closed and started again on the same file", async () => {
    h.user("王老师").say("投影仪坏了");
    const row = h.db.select().from(conversations).get();
    expect(row).toMatchObject({
      flowId: "repair",
      flowVersion: 1,
      step: "location",
      channel: "console",
      userKey: "王老师",
    });

    await h.restart();
    expect(h.user("王老师").say("教学楼A301")).toContain("请留一个联系电话或分机");
    await h.restart();
    const review = h.user("王老师").say("分机 8021");
    expect(review).toContain("问题：投影仪坏了");
    expect(review).toContain("地点：教学楼A301");
    await h.restart();
    expect(h.user("王老师").say("确认")).toContain("综合办-20261126-001");
  });

  it("remembers 'back' history and a field being changed across a restart", async () => {
    const teacher = h.user("王老师");
    teacher.say("投影仪坏了");
    teacher.say("教学楼A301");
    await h.restart();
    expect(h.user("王老师").say("返回")).toContain("请问在哪里？");
    h.user("王老师").say("教学楼B101");
    h.user("王老师").say("分机 8021");
    expect(h.user("王老师").say("修改 地点")).toContain("请问在哪里？");
    await h.restart();
    expect(h.user("王老师").say("行政楼201")).toContain("地点：行政楼201");
  });

  it("apologises and starts over when the flow's version changed under a live conversation", async () => {
    const teacher = h.user("王老师");
    teacher.say("投影仪坏了");
    teacher.say("教学楼A301");
    const flowsDir = copyFlows(h.dir, bumpVersion("repair"));
    await h.restart({ flowsDir });

    const reply = h.user("王老师").say("分机 8021");
    expect(reply).toContain("抱歉，【报修】的办理流程刚刚更新，之前填写的内容需要重新确认。我们从头开始。");
    expect(reply).toContain("请问在哪里？");
    expect(h.db.select().from(conversations).get()).toMatchObject({
      flowId: "repair",
      flowVersion: 2,
      step: "location",
      values: {},
    });

    h.user("王老师").say("教学楼A301");
    h.user("王老师").say("投影仪不亮");
    h.user("王老师").say("1");
    h.user("王老师").say("分机 8021");
    const number = ticketNumberIn(h.user("王老师").say("确认"));
    expect(getTicketByNumber(h.db, number)?.flowVersion).toBe(2);
  });

  it("closes a conversation politely when its service was withdrawn, and the bot keeps working", async () => {
    h.user("王老师").say("领用签字笔");
    await h.restart({ flowsDir: copyFlows(h.dir, withoutFlow("supplies")) });
    const reply = h.user("王老师").say("10支");
    expect(reply).toContain("您之前办理的事项类型已停用，已为您结束");
    expect(h.db.select().from(conversations).get()).toMatchObject({ flowId: null, step: null });
    expect(h.user("王老师").say("投影仪坏了")).toContain("【报修】");
    expect(h.db.select().from(tickets).all()).toHaveLength(0);
  });

  it("restarts a damaged conversation row with an apology instead of failing on every message", () => {
    h.user("王老师").say("投影仪坏了");
    h.db
      .update(conversations)
      .set({ state: { form: { step: "location" } }, values: [] as never })
      .run();
    expect(h.user("王老师").say("")).toContain("没有收到文字内容");
    const reply = h.user("王老师").say("返回");
    expect(reply).toContain("【报修】的办理流程刚刚更新");
    expect(reply).toContain("请问在哪里？");
    expect(h.user("王老师").say("教学楼A301")).toContain("请描述一下问题。");
  });

  it("handles a message delivered twice with the same event id once", () => {
    const send = (text: string, eventId: string) =>
      h.app.engine.handle({ sender: { channel: "slack", userId: "U0TEACHER1" }, text, eventId });
    expect(
      send("投影仪坏了", "Ev1")
        .map((r) => r.text)
        .join(),
    ).toContain("请问在哪里？");
    expect(
      send("教学楼A301", "Ev2")
        .map((r) => r.text)
        .join(),
    ).toContain("请留一个联系电话");
    expect(send("教学楼A301", "Ev2")).toEqual([]);
    expect(
      h.db.select().from(conversations).where(eq(conversations.userKey, "U0TEACHER1")).get()?.values,
    ).toEqual({
      location: "教学楼A301",
      problem: "投影仪坏了",
      category: "teaching-equipment",
    });
  });

  it("keeps one conversation per thread, so two requests in two threads do not mix", () => {
    const send = (text: string, threadId: string) =>
      h.app.engine
        .handle({ sender: { channel: "slack", userId: "U0TEACHER1" }, text, threadId })
        .map((r) => r.text)
        .join("\n");
    expect(send("投影仪坏了", "1700000000.000100")).toContain("请问在哪里？");
    expect(send("明天下午借301会议室", "1700000000.000200")).toContain("请问用途是什么？");
    expect(send("教学楼A301", "1700000000.000100")).toContain("请留一个联系电话");
    expect(send("教研活动", "1700000000.000200")).toContain("是否为教学活动");
  });
});
