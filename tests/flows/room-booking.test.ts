import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { bookings } from "../../src/db/schema.js";
import { engineHarnessPerTest, ticketNumberIn, wall } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

/** Books 301 from the first message to the review; returns the review text. */
function bookTo301Review(name: string, opening: string, purpose: string, attendees: string): string {
  const teacher = h.user(name);
  expect(teacher.say(opening)).toContain("请问用途是什么？");
  expect(teacher.say(purpose)).toContain("是否为教学活动");
  expect(teacher.say("否")).toContain("请问大约多少人参加？");
  expect(teacher.say(attendees)).toContain("需要哪些设备？");
  return teacher.say("跳过");
}

describe("room booking flow (G6)", () => {
  it("reads room and time from '明天下午借301会议室' and shows the exact afternoon in the review", async () => {
    const review = bookTo301Review("王老师", "明天下午借301会议室", "初二数学教研活动", "15人");
    expect(review).toContain("场地：301会议室（行政楼，20人）");
    expect(review).toContain("使用时间：11月27日(周五) 14:00–17:30");
    expect(review).toContain("用途：初二数学教研活动");
    expect(review).toContain("人数：15");
    expect(review).toContain("所需设备：无");

    const done = h.user("王老师").say("确认");
    expect(done).toContain("已受理，工单号：综合办-20261126-001。");
    expect(done).toContain("会务组将在 4 个工作小时内响应，预计今天 14:00前。");

    const ticket = getTicketByNumber(h.db, "综合办-20261126-001")!;
    expect(ticket).toMatchObject({
      type: "room-booking",
      postId: "huiwu",
      priority: "normal",
      summary: "301会议室 初二数学教研活动（15人）",
    });
    const booking = h.db.select().from(bookings).where(eq(bookings.ticketId, ticket.id)).get()!;
    expect(booking).toMatchObject({
      roomId: "r301",
      status: "pending",
      teaching: false,
      attendees: 15,
      equipment: [],
    });
    expect([wall(booking.startAt), wall(booking.endAt)]).toEqual(["2026-11-27 14:00", "2026-11-27 17:30"]);

    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["Emma Clark", "王会务"]);
    expect(sent.find((d) => d.to === "王会务")?.text).toContain(
      "会议室预约：301会议室 初二数学教研活动（15人）",
    );
    expect(sent.find((d) => d.to === "Emma Clark")?.text).toContain(
      "[New ticket] Meetings team: 综合办-20261126-001",
    );
  });

  it("offers free alternatives when the slot was taken meanwhile, and books the one picked by number", () => {
    bookTo301Review("王老师", "明天下午2点到4点借301会议室", "教研活动", "15人");
    expect(h.user("王老师").say("确认")).toContain("综合办-20261126-001");

    const review = bookTo301Review("李老师", "明天下午3点到4点借301会议室", "家长会", "10人");
    expect(review).toContain("使用时间：11月27日(周五) 15:00–16:00");
    const clash = h.user("李老师").send("确认");
    expect(clash[0]?.text).toContain("抱歉，301会议室在 11月27日(周五) 15:00–16:00 已被预约。");
    expect(clash[0]?.choices?.[0]?.label).toBe("301会议室 11月27日(周五) 16:00–17:00");
    expect(h.db.select().from(bookings).all()).toHaveLength(1);

    const again = h.user("李老师").say("1");
    expect(again).toContain("使用时间：11月27日(周五) 16:00–17:00");
    expect(h.user("李老师").say("确认")).toContain("综合办-20261126-002");
    const rows = h.db
      .select()
      .from(bookings)
      .all()
      .map((b) => [b.roomId, wall(b.startAt), wall(b.endAt)]);
    expect(rows).toEqual([
      ["r301", "2026-11-27 14:00", "2026-11-27 16:00"],
      ["r301", "2026-11-27 16:00", "2026-11-27 17:00"],
    ]);
  });

  it("says the room is too small for 300 people and suggests asking again", () => {
    const teacher = h.user("王老师");
    teacher.say("借报告厅");
    expect(teacher.say("明天")).toContain("请告诉我具体的时间段");
    expect(teacher.say("明天下午3点到2点")).toContain("结束时间（02:00）需要晚于开始时间（15:00）");
    expect(teacher.say("明天下午2点到3点")).toContain("请问用途是什么？");
    teacher.say("全校大会");
    teacher.say("否");
    teacher.say("300人");
    const check = teacher.say("无");
    expect(check).toContain("报告厅最多容纳 200 人，您填写了 300 人。");
    expect(check).toContain("请问大约多少人参加？");
    expect(teacher.say("180人")).toContain("人数：180");
  });

  it("marks a teaching booking important (teaching takes priority, G6)", () => {
    const teacher = h.user("王老师");
    teacher.say("下周一上午9点到11点借A201上公开课");
    const review = [teacher.say("初二数学公开课"), teacher.say("40人"), teacher.say("无")].join("\n");
    expect(review).toContain("教学活动：是");
    expect(review).toContain("使用时间：11月30日(周一) 09:00–11:00");
    const number = ticketNumberIn(teacher.say("确认"));
    expect(getTicketByNumber(h.db, number)?.priority).toBe("important");
  });
});
