import { describe, expect, it } from "vitest";
import { remindLeads } from "../../src/leads/jobs/progress-reminder-job.js";
import { engineHarnessPerTest, shanghai, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

const to = (deliveries: { to: string; text: string }[], name: string) =>
  deliveries.filter((d) => d.to === name).map((d) => d.text);

function reportRepair(): string {
  const teacher = h.user("王老师");
  teacher.say("投影仪坏了");
  teacher.say("教学楼A301");
  teacher.say("分机 8021");
  return ticketNumberIn(teacher.say("确认"));
}

describe("a matter led by someone from another department (G14)", () => {
  it("the clerk names a lead; the lead gets the ticket, reports progress, and the requester reads it", async () => {
    const number = reportRepair();
    await h.delivered();
    expect(h.user("王老师").say(`牵头 ${number} 孙主任`)).toContain("只有承办岗位或办公室负责人");
    expect(h.user("刘师傅").say(`牵头 ${number} 钱老师`)).toContain("通讯录里没有“钱老师”");
    expect(h.user("刘师傅").say(`牵头 ${number} 孙主任`)).toContain(
      `已指定 教务处 孙主任 牵头办理 ${number}`,
    );
    const sent = await h.delivered();
    expect(to(sent, "孙主任")[0]).toContain(`【牵头办理】刘师傅请您牵头办理 ${number}`);
    expect(to(sent, "王老师")[0]).toContain(`您的工单 ${number} 由 教务处 孙主任 牵头办理`);

    expect(h.user("刘师傅").say(`进展 ${number} 已修好`)).toContain(`您不是 ${number} 的牵头人`);
    expect(h.user("孙主任").say(`查询 ${number}`)).toContain("牵头：教务处 孙主任");
    expect(h.user("孙主任").say(`进展 ${number} 已与教务处确认，周五第二节后更换`)).toContain("已转告");
    expect(to(await h.delivered(), "王老师")).toEqual([
      `工单 ${number} 进展（教务处 孙主任）：已与教务处确认，周五第二节后更换`,
    ]);
    expect(h.user("王老师").say(`查询 ${number}`)).toContain("最新进展：已与教务处确认，周五第二节后更换");
  });

  it("the lead is reminded after a working day without progress, again a day later, and not once it is done", async () => {
    const number = reportRepair();
    h.user("刘师傅").say(`牵头 ${number} 孙主任`);
    await h.delivered();
    expect(remindLeads(h.app.context, shanghai("2026-11-27 09:30"))).toBe(0);
    h.clock.set(shanghai("2026-11-27 10:00"));
    expect(remindLeads(h.app.context, shanghai("2026-11-27 10:00"))).toBe(1);
    expect(remindLeads(h.app.context, shanghai("2026-11-27 10:30"))).toBe(0);
    expect(to(await h.delivered(), "孙主任")[0]).toContain(`请更新您牵头的工单进展：${number}`);
    h.user("刘师傅").say(`完成 ${number} 已更换`);
    h.clock.set(shanghai("2026-11-30 10:00"));
    expect(remindLeads(h.app.context, shanghai("2026-11-30 10:00"))).toBe(0);
  });
});
