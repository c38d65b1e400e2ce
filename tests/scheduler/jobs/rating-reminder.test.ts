import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { ratings } from "../../../src/db/schema.js";
import { remindToRate } from "../../../src/scheduler/jobs/rating-reminder.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

async function resolvedRepair(start: string) {
  h = await SchedulerHarness.open({ start });
  const ticket = h.reportRepair();
  h.say("刘师傅", `接单 ${ticket.number}`);
  h.say("刘师傅", `完成 ${ticket.number} 已更换灯泡`);
  await h.tick();
  return ticket;
}

const polls = (number: string) => h.sentContaining(`工单 ${number} 已办结，请为本次服务打分`, "王老师");

describe("satisfaction poll", () => {
  it("a full rating exchange: poll, a low score, the head told, the ticket closed, the comment kept", async () => {
    const ticket = await resolvedRepair("2026-11-30 09:00");
    const [poll] = polls(ticket.number);
    expect(poll?.message.choices?.map((c) => c.value)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `评价 ${ticket.number} ${n}`),
    );

    // Pressing the second button sends its value, as typing it would.
    const reply = h.sayText("王老师", poll!.message.choices![1]!.value);
    expect(reply).toContain("谢谢您的评价（2 分）");
    expect(reply).toContain("能告诉我们哪里需要改进吗");
    expect(h.ticket(ticket.number).status).toBe("closed");
    await h.tick();
    expect(h.sentContaining(`低分评价：工单 ${ticket.number}`, "张主任")).toHaveLength(1);

    expect(h.sayText("王老师", "师傅来得太晚了，上课耽误了半小时")).toContain("您的意见已转给办公室负责人");
    const rating = h.app.db.select().from(ratings).where(eq(ratings.ticketId, ticket.id)).get();
    expect(rating).toMatchObject({ score: 2, comment: "师傅来得太晚了，上课耽误了半小时" });
    await h.tick();
    const [alert] = h.sentContaining("评语全文", "张主任");
    expect(alert?.message.text).toContain(`工单 ${ticket.number}`);
    expect(alert?.message.text).toContain("得分 2");
    expect(alert?.message.text).toContain("师傅来得太晚了，上课耽误了半小时");
  });

  it("a long comment given with the score reaches the head in full, not clipped", async () => {
    const ticket = await resolvedRepair("2026-11-30 09:00");
    const comment = `等了三天才来修。${"维修过程中没有提前告知，课堂被打断。".repeat(20)}最后仍未修好。`;
    h.say("王老师", `评价 ${ticket.number} 1 ${comment}`);
    await h.tick();
    const [alert] = h.sentContaining(`低分评价：工单 ${ticket.number}`, "张主任");
    expect(alert?.message.text).toContain("得分 1");
    expect(alert?.message.text).toContain(comment);
  });

  it("someone other than the requester cannot rate", async () => {
    const ticket = await resolvedRepair("2026-11-30 09:00");
    expect(h.sayText("李老师", `评价 ${ticket.number} 1`)).toMatch(/没有查看工单|只有申请人可以评价/);
    expect(h.app.db.select().from(ratings).all()).toEqual([]);
  });

  it("an unrated ticket gets one reminder one working day after it was resolved, and only one", async () => {
    const ticket = await resolvedRepair("2026-11-30 09:00");
    await h.tickUntil("2026-12-01 08:50", 30);
    await h.tickUntil("2026-12-04 17:30", 10);
    expect(polls(ticket.number).map((s) => s.at)).toEqual(["2026-11-30 09:00", "2026-12-01 09:00"]);
  });

  it("a run after the reminder went out (or after a restart) finds nothing left to remind", async () => {
    const ticket = await resolvedRepair("2026-11-30 09:00");
    h.setNow("2026-12-01 09:05");
    const options = { after: { days: 1 }, windowDays: 30 };
    expect(await remindToRate(h.app.context, h.app.context.clock(), options)).toBe(1);
    expect(await remindToRate(h.app.context, h.app.context.clock(), options)).toBe(0);
    await h.tickUntil("2026-12-02 09:00", 30);
    expect(polls(ticket.number)).toHaveLength(2);
  });

  it("the reminder counts working time: resolved Friday 16:00, reminded Monday 16:00", async () => {
    const ticket = await resolvedRepair("2026-11-27 16:00");
    await h.tickUntil("2026-11-30 18:00", 10);
    expect(polls(ticket.number).map((s) => s.at)).toEqual(["2026-11-27 16:00", "2026-11-30 16:00"]);
  });

  it("a requester who has rated is not reminded", async () => {
    const ticket = await resolvedRepair("2026-11-30 09:00");
    h.say("王老师", `评价 ${ticket.number} 5 很及时`);
    await h.tickUntil("2026-12-03 09:00", 30);
    expect(polls(ticket.number)).toHaveLength(1);
  });
});
