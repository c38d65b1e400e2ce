import { describe, expect, it } from "vitest";
import { book, bookingsOf, described } from "../support/booking-harness.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("emergency reallocation by the office (G6)", () => {
  it("moves bookings to a similar free room, cancels the rest, and tells everyone affected", async () => {
    const small = book(h, "李老师", {
      room: "报告厅",
      time: "11月30日09:00-10:00",
      purpose: "教研组会",
      attendees: 15,
    });
    const large = book(h, "赵老师", {
      room: "报告厅",
      time: "11月30日10:00-11:30",
      purpose: "年级大会",
      attendees: 150,
    });
    const after = book(h, "钱老师", {
      room: "报告厅",
      time: "11月30日14:00-15:00",
      purpose: "讲座",
      attendees: 100,
    });
    await h.delivered();

    const done = h.user("张主任").say("紧急调配 报告厅 11月30日8:30-12:00 消防演练");
    expect(done).toBe(
      "已紧急调配 报告厅 11月30日(周一) 08:30–12:00：1 个预约改到其他场地，1 个预约取消，受影响的人都已通知。",
    );
    expect(described(bookingsOf(h, small))).toEqual([
      ["r301", "2026-11-30 09:00", "2026-11-30 10:00", "pending"],
    ]);
    expect(described(bookingsOf(h, large))).toEqual([
      ["hall", "2026-11-30 10:00", "2026-11-30 11:30", "cancelled"],
    ]);
    expect(bookingsOf(h, after)[0]?.status).toBe("pending");

    const sent = await h.delivered();
    const moved = sent.find((d) => d.to === "李老师")!;
    expect(moved.text).toBe(
      `因紧急情况（消防演练），您的场地预约 ${small} 已从报告厅调整到301会议室，时间不变：11月30日(周一) 09:00–10:00。给您带来不便，敬请谅解。`,
    );
    const cancelled = sent.find((d) => d.to === "赵老师")!;
    expect(cancelled.text).toContain(
      `因紧急情况（消防演练），您的场地预约 ${large}（报告厅 11月30日(周一) 10:00–11:30）已取消`,
    );
    expect(cancelled.message.choices?.[0]?.value).toBe(`改期 ${large} 报告厅 11月30日(周一) 12:00–13:30`);
    expect(sent.some((d) => d.to === "钱老师")).toBe(false);

    const blocked = h
      .user("孙老师")
      .say("场地: 报告厅\n使用时间: 11月30日11:00-11:30\n用途: 排练\n教学活动: 否\n人数: 30\n所需设备: 无");
    expect(blocked).toContain("请核对");
    expect(h.user("孙老师").say("确认")).toContain("已被预约");
  });

  it("is the office's command only, and needs a reason", () => {
    expect(h.user("王老师").say("紧急调配 报告厅 11月30日8:30-12:00 消防演练")).toBe(
      "抱歉，这个命令只有会务组或办公室负责人可以使用。",
    );
    expect(h.user("王会务").say("紧急调配 报告厅 11月30日8:30-12:00")).toContain(
      "用法：紧急调配 场地 时间 原因",
    );
    expect(h.user("王会务").say("紧急调配 体育馆 11月30日8:30-12:00 检修")).toContain("没有找到这个场地");
  });
});
