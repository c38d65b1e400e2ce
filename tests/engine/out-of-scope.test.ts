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
    ["我要报销这次去外地培训的住宿费", "请联系财务处（行政楼1楼108室，电话 8108）。"],
    ["我的工资条有问题", "请联系人事处（行政楼2楼205室，电话 8201）。"],
    ["想调课", "请联系教务处（教学楼A栋1楼教务处，电话 8301）。"],
    ["我想请三天病假", "请联系人事处（行政楼2楼205室，电话 8201）。"],
    ["学生的奖学金什么时候发", "请联系学生处（行政楼3楼302室，电话 8302）。"],
    ["邮箱密码忘了", "请联系信息中心（科技楼2楼信息中心，电话 8400）。"],
    ["车棚里我的自行车被偷了", "请联系保卫处（校门口保卫处值班室，电话 8110）。"],
  ])("'%s' → %s", (text, referral) => {
    expect(h.user(text).say(text)).toBe(`抱歉，这件事不属于综合办公室的职责范围。${referral}`);
    expect(h.db.select().from(tickets).all()).toHaveLength(0);
    expect(h.db.select().from(conversations).where(eq(conversations.userKey, text)).get()?.flowId).toBeNull();
  });

  it("refers in English too", () => {
    expect(h.user("Tom").say("I need to claim a travel reimbursement")).toBe(
      "Sorry, this is not something the general office handles. Please contact the Finance office (Administration building room 108, ext. 8108).",
    );
  });

  it("still starts a service when the message names one ('报修' wins over a finance word)", () => {
    expect(h.user("王老师").say("财务处的打印机坏了")).toContain("【报修】");
  });
});
