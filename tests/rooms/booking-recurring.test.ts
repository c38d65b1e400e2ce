import { describe, expect, it } from "vitest";
import { bookings } from "../../src/db/schema.js";
import { book, bookingLines, bookingsOf, described } from "../support/booking-harness.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

const thursdays = { room: "301", time: "12月3日10:00-11:00", repeat: "每周 共5周", purpose: "初二数学教研" };

describe("recurring bookings", () => {
  it("reads 'every Monday 14:00–15:30 for 8 weeks' from the first message and shows it in the review", () => {
    const teacher = h.user("王老师");
    teacher.say("借301会议室 每周一 14:00-15:30 共8周 用于初二数学教研");
    teacher.say("否");
    teacher.say("12人");
    const review = teacher.say("无");
    expect(review).toContain("使用时间：11月30日(周一) 14:00–15:30");
    expect(review).toContain("重复：每周，共 8 次");
    const done = teacher.say("确认");
    expect(done).toContain(
      "共预约 8 次：11月30日(周一)、12月7日(周一)、12月14日(周一)、12月21日(周一)、12月28日(周一)、2027年1月4日(周一)、2027年1月11日(周一)、2027年1月18日(周一)。",
    );
    const rows = h.db.select().from(bookings).all();
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.seriesId)).size).toBe(1);
    expect(rows[0]?.seriesId).not.toBeNull();
  });

  it("skips the school's own closure day (the directory's calendar) and says so", () => {
    const number = book(h, "王老师", thursdays);
    expect(described(bookingsOf(h, number)).map((r) => r[1])).toEqual([
      "2026-12-03 10:00",
      "2026-12-10 10:00",
      "2026-12-17 10:00",
      "2026-12-24 10:00",
    ]);
  });

  it("lists the conflicting dates and books the rest only when the requester agrees to skip them", () => {
    const other = book(h, "李老师", { room: "301", time: "12月10日10:30-11:30", purpose: "家长会" });
    const teacher = h.user("王老师");
    expect(teacher.say(bookingLines(thursdays))).toContain("重复：每周，共 5 次");
    const clash = teacher.send("确认");
    expect(clash[0]?.text).toBe(
      [
        "以下日期有冲突：",
        "· 12月10日(周四)：已被预约（家长会）",
        "共 4 次中 3 次可以安排。回复“确认”跳过冲突日期、预约其余 3 次；回复“修改 使用时间”换时间；回复“取消”放弃。",
      ].join("\n"),
    );
    expect(clash[0]?.choices?.map((c) => c.value)).toEqual(["确认", "修改 使用时间", "取消"]);
    expect(h.db.select().from(bookings).all()).toHaveLength(1);

    const done = teacher.say("确认");
    expect(done).toContain("共预约 3 次：12月3日(周四)、12月17日(周四)、12月24日(周四)。");
    expect(done).toContain("以下日期放假，已自动跳过：12月31日(周四)。");
    expect(done).toContain("以下有冲突的日期未预约：12月10日(周四)。");
    expect(bookingsOf(h, other)[0]?.status).toBe("pending");
  });

  it("creates nothing when the requester cancels instead", () => {
    book(h, "李老师", { room: "301", time: "12月10日10:30-11:30", purpose: "家长会" });
    const teacher = h.user("王老师");
    teacher.say(bookingLines(thursdays));
    teacher.say("确认");
    expect(teacher.say("取消")).toContain("已取消，没有保存任何内容");
    expect(h.db.select().from(bookings).all()).toHaveLength(1);
  });
});
