import { describe, expect, it } from "vitest";
import { book, bookingsOf, described, submitBooking } from "../support/booking-harness.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

const monday = { room: "301", time: "11月30日14:00-15:30" };

describe("teaching takes priority (G6)", () => {
  it("holds a teaching booking over a parents' meeting for the office to decide, and tells the office why", async () => {
    const meeting = book(h, "李老师", { ...monday, purpose: "家长会" });
    h.user("王会务").say(`批准 ${meeting}`);
    await h.delivered();

    const lesson = submitBooking(h, "王老师", { ...monday, purpose: "初二数学公开课", teaching: true });
    expect(lesson.number).toBeDefined();
    expect(lesson.text).toContain("该时段已有非教学活动预约（家长会）。教学活动优先：已提交办公室审批");
    expect(bookingsOf(h, lesson.number!)[0]).toMatchObject({ status: "pending", needsDisplacement: true });
    expect(bookingsOf(h, meeting)[0]?.status).toBe("approved");

    const office = (await h.delivered()).filter((d) => d.message.text.startsWith("⚠️ 教学活动申请"));
    expect(office.map((d) => d.to).sort()).toEqual(["张主任", "王会务"]);
    expect(office[0]!.text).toContain("与非教学预约冲突（家长会 11月30日(周一) 14:00–15:30）");
    expect(office[0]!.message.choices?.[0]?.value).toBe(`批准 ${lesson.number}`);
  });

  it("does not let another non-teaching booking take the slot while the displacement is pending", () => {
    book(h, "李老师", { ...monday, purpose: "家长会" });
    book(h, "王老师", { ...monday, purpose: "公开课", teaching: true });
    expect(submitBooking(h, "赵老师", { ...monday, purpose: "社团活动" }).text).toContain("已被预约");
  });

  it("on approval cancels the non-teaching booking and tells its owner at once, with alternatives to move to", async () => {
    const meeting = book(h, "李老师", { ...monday, purpose: "家长会" });
    const lesson = book(h, "王老师", { ...monday, purpose: "公开课", teaching: true });
    await h.delivered();
    expect(h.user("王会务").say(`批准 ${lesson}`)).toContain("已调整 1 个非教学预约");
    expect(bookingsOf(h, lesson)[0]).toMatchObject({ status: "approved", needsDisplacement: false });
    expect(bookingsOf(h, meeting)[0]).toMatchObject({ status: "cancelled", cancelCause: "displaced" });

    const told = (await h.delivered()).filter((d) => d.to === "李老师");
    expect(told).toHaveLength(1);
    expect(told[0]!.message.urgent).toBe(true);
    expect(told[0]!.text).toContain(
      `很抱歉，您的场地预约 ${meeting}（301会议室 11月30日(周一) 14:00–15:30）因教学活动优先安排需要让出`,
    );
    const choices = told[0]!.message.choices ?? [];
    expect(choices.map((c) => c.label)).toEqual([
      "301会议室 11月30日(周一) 12:30–14:00",
      "301会议室 11月30日(周一) 15:30–17:00",
      "教学楼A201多媒体教室 11月30日(周一) 14:00–15:30",
      "报告厅 11月30日(周一) 14:00–15:30",
    ]);

    expect(h.user("李老师").say(choices[2]!.value)).toContain(
      `已改期：${meeting} → 教学楼A201多媒体教室 11月30日(周一) 14:00–15:30`,
    );
    expect(described(bookingsOf(h, meeting))).toEqual([
      ["a201", "2026-11-30 14:00", "2026-11-30 15:30", "pending"],
    ]);
  });

  it("never lets one teaching booking displace another", () => {
    book(h, "李老师", { ...monday, purpose: "期中考试", teaching: true });
    const second = submitBooking(h, "王老师", { ...monday, purpose: "公开课", teaching: true });
    expect(second.number).toBeUndefined();
    expect(second.text).toContain("抱歉，301会议室在 11月30日(周一) 14:00–15:30 已被预约。");
  });
});
