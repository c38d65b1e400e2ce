import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bookingMeetingSetupJob } from "../../../src/rooms/jobs/meeting-setup-job.js";
import { runJob } from "../../support/booking-harness.js";
import {
  type EngineHarness,
  openEngineHarness,
  shanghai,
  ticketNumberIn,
} from "../../support/engine-harness.js";

let h: EngineHarness;
beforeEach(async () => {
  h = await openEngineHarness();
});
afterEach(() => h.close());

function arrangeMeeting(): string {
  const teacher = h.user("王老师");
  teacher.say("下周三下午2点到4点在301开会");
  teacher.say("期中考试工作部署会");
  teacher.say("各年级组长、教务处，约15人");
  teacher.say("投影仪、话筒");
  teacher.say("议程20份");
  teacher.say("否");
  return ticketNumberIn(teacher.say("确认"));
}

describe("meeting set-up tasks (G3)", () => {
  it("gives the meetings team the set-up task 3 working days before the meeting, once", async () => {
    const number = arrangeMeeting();
    await h.delivered();
    await runJob(h, bookingMeetingSetupJob());
    expect(await h.delivered()).toEqual([]);

    h.clock.set(shanghai("2026-11-27 09:00"));
    await runJob(h, bookingMeetingSetupJob());
    h.clock.set(shanghai("2026-11-30 09:00"));
    await runJob(h, bookingMeetingSetupJob());
    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["Emma Clark", "王会务"]);
    expect(sent.find((d) => d.to === "王会务")?.text).toBe(
      `【会务布置】${number}：期中考试工作部署会，12月2日(周三) 14:00–16:00，地点：301会议室。请在会前 3 个工作日内完成场地布置并调试设备（G3）：投影仪、话筒。`,
    );
    expect(sent.find((d) => d.to === "Emma Clark")?.text).toContain("Meeting room 301");
  });
});
