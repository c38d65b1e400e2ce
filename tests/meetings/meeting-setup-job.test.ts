import { describe, expect, it } from "vitest";
import { assignMeetingSetups, meetingSetupJob } from "../../src/meetings/jobs/meeting-setup-job.js";
import { runJob } from "../support/booking-harness.js";
import { engineHarnessPerTest, shanghai, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

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
    await runJob(h, meetingSetupJob());
    expect(await h.delivered()).toEqual([]);

    h.clock.set(shanghai("2026-11-27 09:00"));
    await runJob(h, meetingSetupJob());
    h.clock.set(shanghai("2026-11-30 09:00"));
    await runJob(h, meetingSetupJob());
    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["Emma Clark", "王会务"]);
    const task = sent.find((d) => d.to === "王会务")?.message;
    expect(task?.text).toBe(
      `【会务布置】${number}：期中考试工作部署会，12月2日(周三) 14:00–16:00，地点：301会议室。请在会前 3 个工作日内完成场地布置并调试设备（G3）：投影仪、话筒。完成后请回复“布置完成 ${number}”。`,
    );
    expect(task?.choices).toEqual([{ label: "布置完成", value: `布置完成 ${number}`, style: "primary" }]);
    expect(sent.find((d) => d.to === "Emma Clark")?.text).toContain("Meeting room 301");
    expect(sent.find((d) => d.to === "Emma Clark")?.message.choices?.[0]?.value).toBe(`setup done ${number}`);
  });

  it("is confirmed in chat by the meetings team; the requester is told and the task is not sent again", async () => {
    const number = arrangeMeeting();
    h.clock.set(shanghai("2026-11-30 09:00"));
    await runJob(h, meetingSetupJob());
    await h.delivered();

    expect(h.user("王老师").say(`布置完成 ${number}`)).toBe(
      "抱歉，只有会务组或办公室负责人可以使用这个命令。",
    );
    expect(h.user("王会务").say(`布置完成 ${number}`)).toBe(
      `已记录 ${number} 的会场布置和设备调试完成，申请人已收到通知。`,
    );
    const told = await h.delivered();
    expect(told.map((d) => [d.to, d.text])).toEqual([
      ["王老师", `您的会议 ${number}（期中考试工作部署会）会场已布置、设备已调试完毕（确认人：王会务）。`],
    ]);
    expect(h.user("Emma Clark").say(`setup done ${number}`)).toContain(
      `The set-up of ${number} was already confirmed at`,
    );

    h.clock.set(shanghai("2026-12-01 09:00"));
    expect(assignMeetingSetups(h.app.context, h.clock.read())).toBe(0);
  });
});
