import { describe, expect, it } from "vitest";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { book, bookingLines, bookingsOf, described, submitBooking } from "../support/booking-harness.js";
import { engineHarnessPerTest, shanghai } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("my bookings, cancel and change time", () => {
  it("lists upcoming bookings, a series as one line with its next date, with cancel buttons", () => {
    const single = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30", purpose: "教研活动" });
    const series = book(h, "王老师", {
      room: "105",
      time: "12月1日09:00-10:00",
      repeat: "每周 共3周",
      purpose: "答疑",
      attendees: 6,
    });
    h.user("王会务").say(`批准 ${single}`);
    const mine = h.user("王老师").send("我的预约")[0]!;
    expect(mine.text).toBe(
      [
        "您的场地预约：",
        `${single}｜301会议室｜11月30日(周一) 14:00–15:30｜已批准`,
        `${series}｜105小会议室｜重复预约，共 3 次，下次 12月1日(周二) 09:00–10:00｜待审批`,
      ].join("\n"),
    );
    expect(mine.choices?.map((c) => c.value)).toEqual([`取消预约 ${single}`, `取消预约 ${series}`]);
    expect(h.user("李老师").say("my bookings")).toBe(
      'You have no upcoming room bookings. Say "book room 301" when you need one.',
    );
  });

  it("cancels a booking, withdraws its ticket and tells the meetings team", async () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30", purpose: "教研活动" });
    await h.delivered();
    expect(h.user("王老师").say(`取消预约 ${number}`)).toBe(
      `已取消 ${number}：301会议室 11月30日(周一) 14:00–15:30。`,
    );
    expect(bookingsOf(h, number)[0]).toMatchObject({ status: "cancelled", cancelCause: "requester" });
    expect(getTicketByNumber(h.db, number)?.status).toBe("cancelled");
    const sent = await h.delivered();
    expect(sent.find((d) => d.to === "王会务")?.text).toBe(
      `王老师 已取消场地预约 ${number}：301会议室 11月30日(周一) 14:00–15:30。`,
    );
    expect(book(h, "李老师", { room: "301", time: "11月30日14:00-15:30" })).toMatch(/^综合办-/);
  });

  it("cancels one date of a series and keeps the rest", () => {
    const number = book(h, "王老师", {
      room: "105",
      time: "12月1日09:00-10:00",
      repeat: "每周 共3周",
      attendees: 6,
    });
    expect(h.user("王老师").say(`取消预约 ${number} 12月8日`)).toBe(
      `已取消 ${number}：105小会议室 12月8日(周二) 09:00–10:00。`,
    );
    expect(bookingsOf(h, number).map((b) => b.status)).toEqual(["pending", "cancelled", "pending"]);
    expect(getTicketByNumber(h.db, number)?.status).toBe("new");
  });

  it("does not let anyone else cancel a teacher's booking", () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30" });
    expect(h.user("李老师").say(`取消预约 ${number}`)).toBe(`抱歉，您没有查看工单 ${number} 的权限。`);
    expect(bookingsOf(h, number)[0]?.status).toBe("pending");
  });

  it("moves a booking to a new time after checking it, and asks the office to approve it again", async () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30" });
    h.user("王会务").say(`批准 ${number}`);
    book(h, "李老师", { room: "301", time: "12月1日14:00-15:00", purpose: "家长会" });
    await h.delivered();

    const taken = h.user("王老师").send(`改期 ${number} 12月1日14:30-16:00`)[0]!;
    expect(taken.text).toContain("抱歉，301会议室在 12月1日(周二) 14:30–16:00 已被预约。");
    expect(taken.choices?.[0]?.value).toBe(`改期 ${number} 301会议室 12月1日(周二) 15:00–16:30`);
    expect(described(bookingsOf(h, number))).toEqual([
      ["r301", "2026-11-30 14:00", "2026-11-30 15:30", "approved"],
    ]);

    expect(h.user("王老师").say(taken.choices![0]!.value)).toBe(
      `已改期：${number} → 301会议室 12月1日(周二) 15:00–16:30，等待会务组重新审批，审批前该时段为您保留。`,
    );
    expect(described(bookingsOf(h, number))).toEqual([
      ["r301", "2026-12-01 15:00", "2026-12-01 16:30", "pending"],
    ]);
    const clerk = (await h.delivered()).find((d) => d.to === "王会务")!;
    expect(clerk.text).toContain(
      `王老师 将场地预约 ${number} 改到 301会议室 12月1日(周二) 15:00–16:30，请重新审批。`,
    );
    expect(clerk.message.choices?.[0]?.value).toBe(`批准 ${number}`);
    expect(submitBooking(h, "赵老师", { room: "301", time: "11月30日14:00-15:30" }).number).toBeDefined();
  });

  it("moves a booking to another room when one is named", () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30" });
    expect(h.user("王老师").say(`改期 ${number} A201 11月30日14:00-15:30`)).toContain(
      "→ 教学楼A201多媒体教室 11月30日(周一) 14:00–15:30",
    );
    expect(bookingsOf(h, number)[0]?.roomId).toBe("a201");
  });

  it("asks for a new time when the review waited past the start", () => {
    const teacher = h.user("王老师");
    teacher.say(bookingLines({ room: "301", time: "今天11:00-12:00" }));
    h.clock.set(shanghai("2026-11-26 11:05"));
    expect(teacher.say("确认")).toBe("这个开始时间已经过去了，请换一个时间。");
    expect(teacher.say("今天14:00-15:00")).toContain("使用时间：11月26日(周四) 14:00–15:00");
  });

  it("asks for the new time, and refuses to move a whole series", () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30" });
    expect(h.user("王老师").say(`改期 ${number}`)).toBe(
      `请告诉我新的时间，例如“改期 ${number} 明天15:00-16:30”（也可以加场地名换场地）。`,
    );
    const series = book(h, "王老师", {
      room: "105",
      time: "12月1日09:00-10:00",
      repeat: "每周 共3周",
      attendees: 6,
    });
    expect(h.user("王老师").say(`改期 ${series} 12月2日9:00-10:00`)).toContain("是重复预约，不能整体改期");
  });
});
