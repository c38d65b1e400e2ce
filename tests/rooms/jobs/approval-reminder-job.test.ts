import { describe, expect, it } from "vitest";
import { bookingApprovalReminderJob } from "../../../src/rooms/jobs/approval-reminder-job.js";
import { book, runJob } from "../../support/booking-harness.js";
import { engineHarnessPerTest, shanghai } from "../../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("reminding approvers of pending bookings (G6)", () => {
  it("reminds the meetings team one working day after the request, once a day, with the buttons", async () => {
    const number = book(h, "王老师", { room: "301", time: "12月2日14:00-15:30", purpose: "教研活动" });
    await h.delivered();
    h.clock.set(shanghai("2026-11-27 09:59"));
    await runJob(h, bookingApprovalReminderJob());
    expect(await h.delivered()).toEqual([]);

    h.clock.set(shanghai("2026-11-27 10:00"));
    await runJob(h, bookingApprovalReminderJob());
    h.clock.set(shanghai("2026-11-27 15:30"));
    await runJob(h, bookingApprovalReminderJob());
    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["Emma Clark", "王会务"]);
    const clerk = sent.find((d) => d.to === "王会务")!;
    expect(clerk.text).toBe(
      `⏰ 场地预约 ${number}（301会议室 教研活动（10人））自 11月26日(周四) 10:00 起待审批，已超过一个工作日，请尽快批准或驳回。`,
    );
    expect(clerk.message.choices?.map((c) => c.value)).toEqual([`批准 ${number}`, `驳回 ${number}`]);

    h.clock.set(shanghai("2026-11-30 09:00"));
    await runJob(h, bookingApprovalReminderJob());
    expect((await h.delivered()).map((d) => d.to).sort()).toEqual(["Emma Clark", "王会务"]);
  });

  it("stays quiet at the weekend and stops once the booking is decided", async () => {
    const number = book(h, "王老师", { room: "301", time: "12月2日14:00-15:30" });
    await h.delivered();
    h.clock.set(shanghai("2026-11-28 10:00"));
    await runJob(h, bookingApprovalReminderJob());
    expect(await h.delivered()).toEqual([]);
    h.user("王会务").say(`批准 ${number}`);
    await h.delivered();
    h.clock.set(shanghai("2026-11-30 10:00"));
    await runJob(h, bookingApprovalReminderJob());
    expect(await h.delivered()).toEqual([]);
  });
});
