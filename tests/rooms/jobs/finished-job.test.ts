import { describe, expect, it } from "vitest";
import { tickets } from "../../../src/db/schema.js";
import { bookingFinishedJob } from "../../../src/rooms/jobs/finished-job.js";
import { book, runJob } from "../../support/booking-harness.js";
import { engineHarnessPerTest, shanghai } from "../../support/engine-harness.js";

const h = engineHarnessPerTest();

const statusOf = (number: string) =>
  h.db
    .select()
    .from(tickets)
    .all()
    .find((t) => t.number === number)?.status;

describe("a booking request after its booked time", () => {
  it("is resolved once the slot is over, leaves the team's queue and asks the teacher to rate it", async () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30" });
    expect(h.user("王会务").say(`批准 ${number}`)).toContain("已批准");
    await h.delivered();

    h.clock.set(shanghai("2026-11-30 15:15"));
    h.user("王老师").say(`签到 ${number}`);
    await runJob(h, bookingFinishedJob());
    expect(statusOf(number)).toBe("accepted");

    h.clock.set(shanghai("2026-11-30 15:45"));
    await runJob(h, bookingFinishedJob());
    expect(statusOf(number)).toBe("resolved");
    const told = (await h.delivered()).filter((d) => d.to === "王老师").map((d) => d.text);
    expect(told).toContainEqual(expect.stringContaining("预约的使用时间已结束，本次申请办结"));
    expect(told).toContainEqual(expect.stringContaining(`工单 ${number} 已办结，请为本次服务打分`));
    expect(h.user("王会务").say("待办")).not.toContain(number);
  });

  it("leaves a request that is still waiting for approval alone", async () => {
    const number = book(h, "王老师", { room: "301", time: "11月30日14:00-15:30" });
    h.clock.set(shanghai("2026-11-30 16:00"));
    await runJob(h, bookingFinishedJob());
    expect(statusOf(number)).toBe("new");
  });
});
