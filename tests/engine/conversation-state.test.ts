import { expect, it } from "vitest";
import { conversations, tickets } from "../../src/db/schema.js";
import { readConversationState } from "../../src/engine/conversation-state.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

it("a conversation whose stored state cannot be read starts over with an apology, and works from there", () => {
  h.user("王老师").say("投影仪坏了");
  h.db
    .update(conversations)
    .set({ state: { offered: "2", awaiting: 5 } })
    .run();
  const reply = h.user("王老师").say("2");
  expect(reply).toContain("抱歉，之前的对话记录无法读取，我们从头开始。");
  expect(h.db.select().from(conversations).get()).toMatchObject({ flowId: null, step: null });
  expect(h.user("王老师").say("投影仪坏了")).toContain("请问在哪里？");
  expect(h.user("王老师").say("教学楼A301")).toContain("请留一个联系电话");
  expect(h.db.select().from(tickets).all()).toHaveLength(0);
});

it("state written by an older version, with keys this one no longer keeps, is read without an apology", () => {
  h.user("王老师").say("投影仪坏了");
  const [row] = h.db.select().from(conversations).all();
  h.db
    .update(conversations)
    .set({ state: { ...row!.state, ratingComment: 3 } })
    .run();
  const reply = h.user("王老师").say("教学楼A301");
  expect(reply).not.toContain("无法读取");
  expect(reply).toContain("请留一个联系电话");
});

it("stored state is read as written when it is whole, cleaned of unknown keys, and refused when it is wrong", () => {
  const menu = {
    offered: [{ label: "报修", value: "报修", style: "primary" }],
    prechecked: true,
    unsureId: 4,
  };
  expect(readConversationState(menu)).toEqual(menu);
  const waiting = {
    awaiting: { service: "tickets", data: { ticket: "综合办-20261207-001" } },
    form: { step: "phone" },
  };
  expect(readConversationState(waiting)).toEqual(waiting);
  expect(readConversationState({ awaiting: { service: "tickets", data: 1, since: 3 }, shown: 2 })).toEqual({
    awaiting: { service: "tickets", data: 1 },
  });
  for (const wrong of [
    { offered: [{ label: "报修" }] },
    { offered: [{ label: "报修", value: "报修", style: "bold" }] },
    { choosing: { text: "您是要：", offered: [1] } },
    { switching: { text: "预约会议室" } },
    { unsureId: 1.5 },
    { prechecked: "yes" },
    [],
    "state",
  ])
    expect(readConversationState(wrong)).toBeUndefined();
});
