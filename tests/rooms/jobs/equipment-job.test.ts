import { describe, expect, it } from "vitest";
import { bookingEquipmentJob } from "../../../src/rooms/jobs/equipment-job.js";
import { book, bookingsOf, runJob } from "../../support/booking-harness.js";
import { engineHarnessPerTest, shanghai } from "../../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("confirming equipment the working day before (G6)", () => {
  it("asks on Friday about a Monday booking, once, and passes the answer to the meetings team", async () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30", equipment: "投影仪、话筒" });
    book(h, "李老师", { room: "105", time: "11月30日14:00-15:30", attendees: 5 });
    await h.delivered();
    await runJob(h, bookingEquipmentJob());
    expect(await h.delivered()).toEqual([]);

    h.clock.set(shanghai("2026-11-27 09:00"));
    await runJob(h, bookingEquipmentJob());
    h.clock.set(shanghai("2026-11-27 09:30"));
    await runJob(h, bookingEquipmentJob());
    const asked = await h.delivered();
    expect(asked).toHaveLength(1);
    expect(asked[0]!.to).toBe("王老师");
    expect(asked[0]!.text).toContain(
      "您预约的 301会议室（11月30日(周一) 14:00–15:30）需要：投影仪、话筒。请确认设备需求",
    );
    expect(asked[0]!.message.choices?.[0]?.value).toBe(`确认设备 ${number}`);

    expect(h.user("王老师").say(`确认设备 ${number} 话筒要两个`)).toBe(
      `已确认 ${number} 的设备需求，会务组会提前准备好。`,
    );
    expect(bookingsOf(h, number)[0]?.equipmentConfirmedAt).toEqual(shanghai("2026-11-27 09:30"));
    const team = (await h.delivered()).find((d) => d.to === "王会务")!;
    expect(team.text).toBe(
      `王老师 已确认 ${number}（301会议室 11月30日(周一) 14:00–15:30）的设备：投影仪、话筒。补充：话筒要两个`,
    );
  });

  it("does not ask at the weekend or outside working hours", async () => {
    book(h, "王老师", { room: "301", time: "11月30日14:00-15:30", equipment: "投影仪" });
    await h.delivered();
    for (const wall of ["2026-11-27 18:00", "2026-11-28 10:00", "2026-11-29 10:00"]) {
      h.clock.set(shanghai(wall));
      await runJob(h, bookingEquipmentJob());
    }
    expect(await h.delivered()).toEqual([]);
  });
});
