import { describe, expect, it } from "vitest";
import { book, bookingsOf } from "../support/booking-harness.js";
import { engineHarnessPerTest, shanghai } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("checking in to a booking (G6)", () => {
  it("opens check-in 15 minutes before the start and records it", () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    h.user("王会务").say(`批准 ${number}`);
    h.clock.set(shanghai("2026-11-26 13:40"));
    expect(h.user("王老师").say(`签到 ${number}`)).toBe(
      `${number} 还没到签到时间，11月26日(周四) 13:45 起可以签到。`,
    );
    h.clock.set(shanghai("2026-11-26 14:05"));
    expect(h.user("王老师").say(`签到 ${number}`)).toBe(
      "签到成功：301会议室 11月26日(周四) 14:00–15:00。祝使用顺利！",
    );
    expect(bookingsOf(h, number)[0]).toMatchObject({
      status: "checked_in",
      checkedInAt: shanghai("2026-11-26 14:05"),
    });
    expect(h.user("王老师").say(`签到 ${number}`)).toBe(`${number} 已经签到过了。`);
  });

  it("checks in to the one booking on now when no number is given, in English too", () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    h.clock.set(shanghai("2026-11-26 14:10"));
    expect(h.user("王老师").say("check in")).toBe(
      "Checked in: Meeting room 301 Thu 26 Nov 14:00–15:00. Enjoy!",
    );
    expect(bookingsOf(h, number)[0]?.status).toBe("checked_in");
  });

  it("checks in to today's date of a series", () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:00", repeat: "每周 共2周" });
    h.clock.set(shanghai("2026-12-07 13:50"));
    h.user("王老师").say(`签到 ${number}`);
    expect(bookingsOf(h, number).map((b) => b.status)).toEqual(["pending", "checked_in"]);
  });

  it("says there is nothing to check in to after the booking ended", () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    h.clock.set(shanghai("2026-11-26 15:00"));
    expect(h.user("王老师").say(`签到 ${number}`)).toContain("现在没有可以签到的预约");
  });
});
