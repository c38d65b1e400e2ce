import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { conversations, tickets } from "../../src/db/schema.js";
import { type ChatUser, type EngineHarness, openEngineHarness } from "../support/engine-harness.js";

// One app for the file: each test talks as a new teacher, so conversations never meet.
let h: EngineHarness;
let teacher: ChatUser;
let count = 0;
beforeAll(async () => {
  h = await openEngineHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  teacher = h.user(`老师${++count}`);
});

const conversation = () => {
  const row = h.db.select().from(conversations).where(eq(conversations.userKey, teacher.name)).get();
  return (
    row && {
      flowId: row.flowId,
      flowVersion: row.flowVersion,
      step: row.step,
      values: row.values,
      state: row.state,
    }
  );
};

/** A repair waiting for its category (a choice field), with location and problem already given. */
function repairAtCategory() {
  teacher.say("报修");
  teacher.say("教学楼A301");
  expect(teacher.say("讲台的东西坏了")).toContain("属于哪一类？");
  return teacher;
}

const megabyte = "很".repeat(1024 * 1024);
const bad: ReadonlyArray<[string, string, RegExp]> = [
  ["empty", "", /没有收到文字内容/],
  ["blank", "   \n\t ", /没有收到文字内容/],
  ["emoji only", "😀🙏👍", /这类消息我暂时无法处理，请用文字描述/],
  ["control characters only", "\u0000\u0007\u001b\u007f", /没有收到文字内容/],
  ["1 MB of text", megabyte, /消息太长了（超过 4000 字）/],
];

describe("bad input never crashes and never changes the conversation", () => {
  it.each(bad)("%s in the middle of a flow gets a polite reply and the state stays", (_, text, polite) => {
    repairAtCategory();
    const before = conversation();
    expect(teacher.say(text)).toMatch(polite);
    expect(conversation()).toEqual(before);
    expect(teacher.say("1")).toContain("请留一个联系电话或分机");
  });

  it.each(bad)("%s with nothing in progress gets a polite reply", (_, text, polite) => {
    expect(teacher.say(text)).toMatch(polite);
    expect(conversation()?.flowId ?? null).toBeNull();
  });

  it("an empty or emoji message re-asks the current question", () => {
    repairAtCategory();
    expect(teacher.say("")).toContain("属于哪一类？");
    expect(teacher.say("🔧")).toContain("属于哪一类？");
  });

  it("SQL-looking text is refused politely by a choice field, stored as plain text by a text field, and harms nothing", () => {
    const sql = "'; DROP TABLE tickets; --";
    repairAtCategory();
    const before = conversation();
    expect(teacher.say(sql)).toMatch(/不是可选项|is not one of the options/);
    expect(conversation()?.values).toEqual(before?.values);
    expect(conversation()?.step).toBe("category");

    teacher.say("1");
    expect(teacher.say(sql)).toMatch(/联系方式：|contact: /);
    expect(teacher.say("确认")).toContain("已受理，工单号");
    const rows = h.db.select().from(tickets).all();
    expect(rows.map((r) => r.fields.contact)).toContain(sql);
  });

  it("control characters inside an answer are dropped and the rest is used", () => {
    teacher.say("报修");
    expect(teacher.say("教学楼\u0000A301\u0007")).toContain("请描述一下问题。");
    expect(conversation()?.values).toEqual({ location: "教学楼A301" });
  });

  it("a 3999-character answer is judged by the field's own limit, politely", () => {
    teacher.say("报修");
    const reply = teacher.say("楼".repeat(3999));
    expect(reply).toContain("“地点”最多 100 个字，请精简后再发");
    expect(conversation()?.values).toEqual({});
  });
});
