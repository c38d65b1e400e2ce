import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversations, tickets } from "../../src/db/schema.js";
import { type EngineHarness, openEngineHarness } from "../support/engine-harness.js";

// One app for the file; nothing here creates a ticket, and each case talks as its own teacher.
let h: EngineHarness;
beforeAll(async () => {
  h = await openEngineHarness();
});
afterAll(() => h.close());

describe("requests for other departments are referred with the reason (G12)", () => {
  it.each([
    ["我要报销差旅费", "报销和经费事务请联系财务处。"],
    ["我的工资条有问题", "工资、社保、职称等事务请联系人事处。"],
    ["想调课", "排课、调课、成绩和学籍事务请联系教务处。"],
    ["下周想请假两天", "请假请按学校请假制度向所在部门负责人和人事处申请。"],
  ])("'%s' → %s", (text, referral) => {
    expect(h.user(text).say(text)).toBe(`抱歉，这件事不属于综合办公室的职责范围。${referral}`);
    expect(h.db.select().from(tickets).all()).toHaveLength(0);
    expect(h.db.select().from(conversations).where(eq(conversations.userKey, text)).get()?.flowId).toBeNull();
  });

  it("refers in English too", () => {
    expect(h.user("Tom").say("I need to claim a travel reimbursement")).toBe(
      "Sorry, this is not something the general office handles. Reimbursements and budgets are handled by the Finance office.",
    );
  });

  it("still starts a service when the message names one ('报修' wins over a finance word)", () => {
    expect(h.user("王老师").say("财务处的打印机坏了")).toContain("【报修】");
  });
});
