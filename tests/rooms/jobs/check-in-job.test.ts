import { describe, expect, it } from "vitest";
import { bookingCheckInJob, sweepCheckIns } from "../../../src/rooms/jobs/check-in-job.js";
import { bookingJobs } from "../../../src/rooms/jobs/room-jobs.js";
import { Scheduler } from "../../../src/scheduler/scheduler.js";
import { book, bookingsOf, runJob } from "../../support/booking-harness.js";
import { engineHarnessPerTest, shanghai } from "../../support/engine-harness.js";

const h = engineHarnessPerTest();

const at = (wall: string) => h.clock.set(shanghai(`2026-11-26 ${wall}`));

describe("check-in reminders and auto-release", () => {
  it("is one of the booking jobs, run every minute", () => {
    expect(bookingJobs.map((j) => [j.name, j.schedule])).toContainEqual(["booking-checkin", "* * * * *"]);
  });

  it("releases rooms when run by the scheduler in-process, and sends the notices", async () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    await h.delivered();
    const scheduler = new Scheduler({
      ctx: h.app.context,
      dispatcher: h.app.dispatcher,
      clock: h.clock.read,
      jobs: bookingJobs,
    });
    at("14:15");
    const report = await scheduler.runDue(h.clock.read());
    expect(report.ran).toContain("booking-checkin");
    expect(bookingsOf(h, number)[0]?.status).toBe("released");
    expect(h.channel.deliveries.map((d) => d.to)).toEqual(["王老师"]);
  });

  it("reminds the booker at the start with a check-in button, once", async () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    h.user("王会务").say(`批准 ${number}`);
    await h.delivered();
    at("13:59");
    await runJob(h, bookingCheckInJob());
    expect(await h.delivered()).toEqual([]);
    at("14:00");
    await runJob(h, bookingCheckInJob());
    at("14:01");
    await runJob(h, bookingCheckInJob());
    const sent = await h.delivered();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(
      `您预约的 301会议室（11月26日(周四) 14:00–15:00）现在开始。请在 15 分钟内签到：回复“签到 ${number}”，否则场地将自动释放。`,
    );
    expect(sent[0]!.message.choices).toEqual([{ label: "签到", value: `签到 ${number}`, style: "primary" }]);
  });

  it("releases the room 15 minutes after the start without a check-in and tells the booker and the waitlist", async () => {
    const number = book(h, "李老师", { room: "301", time: "今天14:00-15:00" });
    h.user("王会务").say(`批准 ${number}`);
    h.user("王老师").say("候补 301 今天14:30-15:00");
    await h.delivered();
    at("14:14");
    expect(sweepCheckIns(h.app.context, h.clock.read())).toEqual({ reminded: 1, released: 0 });
    at("14:15");
    expect(sweepCheckIns(h.app.context, h.clock.read())).toEqual({ reminded: 0, released: 1 });
    expect(bookingsOf(h, number)[0]?.status).toBe("released");
    const sent = await h.delivered();
    expect(sent.find((d) => d.to === "李老师" && d.text.includes("已自动释放"))?.text).toBe(
      `您预约的 301会议室（11月26日(周四) 14:00–15:00，${number}）开始后 15 分钟内未签到，场地已自动释放。如仍需使用，请重新预约。`,
    );
    expect(sent.find((d) => d.to === "王老师")?.text).toBe(
      "您候补的 301会议室 11月26日(周四) 14:30–15:00 现在空出来了，先到先得：",
    );
  });

  it("keeps a booking that was checked in", async () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    at("14:10");
    h.user("王老师").say(`签到 ${number}`);
    at("14:30");
    await runJob(h, bookingCheckInJob());
    expect(bookingsOf(h, number)[0]?.status).toBe("checked_in");
  });

  it("uses the configured grace period", async () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    const ctx = { ...h.app.context, settings: { ...h.app.context.settings, bookingCheckInMinutes: 30 } };
    at("14:20");
    sweepCheckIns(ctx, h.clock.read());
    expect(bookingsOf(h, number)[0]?.status).toBe("pending");
    at("14:30");
    sweepCheckIns(ctx, h.clock.read());
    expect(bookingsOf(h, number)[0]?.status).toBe("released");
  });

  it("catches up after downtime: releases a missed booking quietly once it is over", async () => {
    const number = book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    await h.delivered();
    at("16:00");
    expect(sweepCheckIns(h.app.context, h.clock.read())).toEqual({ reminded: 0, released: 1 });
    expect(bookingsOf(h, number)[0]?.status).toBe("released");
    expect(await h.delivered()).toEqual([]);
  });
});
