import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertBooking } from "../../src/db/queries/bookings.js";
import { bookings, people } from "../../src/db/schema.js";
import { bookingLines, submitBooking } from "../support/booking-harness.js";
import { engineHarnessPerTest, shanghai } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

/** Gives a teacher `count` one-hour bookings of room 105 on consecutive December mornings. */
function holdOneHourBookings(name: string, count: number): void {
  h.user(name).say("菜单");
  const teacher = h.db.select().from(people).where(eq(people.name, name)).get()!;
  for (let day = 0; day < count; day++) {
    const start = shanghai(`2026-12-${String(day + 1).padStart(2, "0")} 09:00`);
    insertBooking(h.db, {
      request: {
        roomId: "r105",
        start,
        end: new Date(start.getTime() + 3_600_000),
        purpose: "答疑",
        teaching: false,
        attendees: 4,
        equipment: [],
      },
      requesterId: teacher.id,
      ticketId: null,
      now: h.clock.read(),
    });
  }
}

describe("per-person booking limits from the directory", () => {
  it("politely refuses a date more than 60 days ahead and asks for another time", () => {
    const result = submitBooking(h, "王老师", { room: "301", time: "2027年1月27日14:00-15:00" });
    expect(result.number).toBeUndefined();
    expect(result.text).toBe(
      "抱歉，场地最多可以提前 60 天预约（目前最晚可约到 2027年1月25日(周一)）。请换一个较近的日期，或到时再来预约。",
    );
    expect(h.user("王老师").say("2027年1月25日14:00-15:00")).toContain(
      "使用时间：2027年1月25日(周一) 14:00–15:00",
    );
    expect(h.user("王老师").say("确认")).toContain("已受理");
  });

  it("refuses a booking longer than 8 hours, saying how long it was", () => {
    const result = submitBooking(h, "王老师", { room: "301", time: "11月30日08:00-17:30" });
    expect(result.text).toBe("抱歉，单次预约最长 8 小时，您申请的是 9.5 小时。请缩短时间，或分成几次预约。");
  });

  it("refuses an eleventh open booking and points to 'my bookings'", () => {
    holdOneHourBookings("王老师", 10);
    const result = submitBooking(h, "王老师", { room: "301", time: "11月30日14:00-15:00" });
    expect(result.text).toContain(
      "抱歉，每人同时最多保留 10 个未结束的预约，您目前已有 10 个。可回复“我的预约”查看",
    );
    expect(h.db.select().from(bookings).all()).toHaveLength(10);
  });

  it("counts a recurring series as one open booking", () => {
    holdOneHourBookings("王老师", 9);
    const user = h.user("王老师");
    user.say(bookingLines({ room: "301", time: "12月3日14:00-15:00", repeat: "每周 共4周" }));
    expect(user.say("确认")).toContain("共预约 4 次");
    expect(submitBooking(h, "王老师", { room: "301", time: "11月30日14:00-15:00" }).text).toContain(
      "最多保留 10 个",
    );
  });
});
