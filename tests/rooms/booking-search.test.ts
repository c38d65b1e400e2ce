import { describe, expect, it } from "vitest";
import { book } from "../support/booking-harness.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("free-room search in chat", () => {
  it("lists the rooms free tomorrow afternoon, smallest first, each a button that starts the booking", () => {
    book(h, "李老师", { room: "301", time: "明天15:00-16:00" });
    const reply = h.user("王老师").send("明天下午有哪些空会议室")[0]!;
    expect(reply.text).toBe(
      [
        "11月27日(周五) 14:00–17:30 空闲的场地：",
        "1. 105小会议室（行政楼，8人；电视屏、白板）",
        "2. 教学楼A201多媒体教室（教学楼A，45人；投影仪、话筒、电脑）",
        "3. 报告厅（教学楼A，200人；投影仪、话筒、音响、录播）",
        "点选即可开始预约。",
      ].join("\n"),
    );
    expect(reply.choices?.[0]?.value).toBe("预约 105小会议室 11月27日(周五) 14:00–17:30");
    const started = h.user("王老师").say(reply.choices![0]!.value);
    expect(started).toContain("请问用途是什么？");
  });

  it("filters by seats and equipment in English", () => {
    const reply = h.user("王老师").send("free rooms tomorrow 14:00-16:00 for 30 people with a projector")[0]!;
    expect(reply.text).toBe(
      [
        "Rooms free Fri 27 Nov 14:00–16:00 (for 30+ people, with projector):",
        "1. Multimedia classroom A201 (教学楼A, 45 people; projector, microphone, computer)",
        "2. Lecture hall (教学楼A, 200 people; projector, microphone, speaker, recording)",
        "Pick one to start the booking.",
      ].join("\n"),
    );
  });

  it("asks for a time, and suggests the waitlist when nothing fits", () => {
    expect(h.user("王老师").say("有哪些空教室？")).toContain("请告诉我时间");
    book(h, "李老师", { room: "报告厅", time: "明天14:00-16:00", attendees: 150 });
    expect(h.user("王老师").say("明天14:00-15:00有没有空会议室 150人")).toBe(
      "抱歉，11月27日(周五) 14:00–15:00 没有符合条件的空闲场地。可以换个时间，或回复“候补 报告厅 11月27日(周五) 14:00–15:00”候补，有人取消时通知您。",
    );
  });
});
