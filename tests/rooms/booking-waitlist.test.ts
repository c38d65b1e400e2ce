import { describe, expect, it } from "vitest";
import { book } from "../support/booking-harness.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("the waitlist", () => {
  it("tells a waiting teacher when the booking in the way is cancelled, with a button to book it", async () => {
    const number = book(h, "李老师", { room: "301", time: "11月30日14:00-15:30" });
    expect(h.user("王老师").say("候补 301 11月30日14:00-15:00")).toBe(
      "已为您候补 301会议室 11月30日(周一) 14:00–15:00，场地空出时会第一时间通知您。",
    );
    await h.delivered();
    h.user("李老师").say(`取消预约 ${number}`);
    const told = (await h.delivered()).find((d) => d.to === "王老师")!;
    expect(told.text).toBe("您候补的 301会议室 11月30日(周一) 14:00–15:00 现在空出来了，先到先得：");
    expect(told.message.choices?.[0]?.value).toBe("预约 301会议室 11月30日(周一) 14:00–15:00");
    expect(h.user("王老师").say(told.message.choices![0]!.value)).toContain("请问用途是什么？");
  });

  it("says a free slot can be booked right away instead of waiting", () => {
    const reply = h.user("王老师").send("waitlist 301 Nov 30 14:00-15:00")[0]!;
    expect(reply.text).toBe("Meeting room 301 Mon 30 Nov 14:00–15:00 is free right now; you can book it:");
    expect(reply.choices?.[0]?.value).toBe("book Meeting room 301 Mon 30 Nov 14:00–15:00");
  });

  it("explains how to use it when the room or the time is missing", () => {
    expect(h.user("王老师").say("候补")).toBe("用法：候补 场地 时间，例如“候补 301 明天14:00-15:00”。");
    expect(h.user("王老师").say("候补 体育馆 明天14:00-15:00")).toContain("没有找到这个场地。可预约的有：");
  });
});
