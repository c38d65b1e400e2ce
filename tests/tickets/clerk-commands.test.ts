import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deadlinesOf, eventsOf, getTicketByNumber } from "../../src/db/queries/tickets.js";
import { tickets } from "../../src/db/schema.js";
import {
  type EngineHarness,
  openEngineHarness,
  shanghai,
  ticketNumberIn,
  wall,
} from "../support/engine-harness.js";

let h: EngineHarness;
let number: string;
beforeEach(async () => {
  h = await openEngineHarness();
  const teacher = h.user("王老师");
  teacher.say("投影仪坏了");
  teacher.say("教学楼A301");
  teacher.say("分机 8021");
  number = ticketNumberIn(teacher.say("确认"));
  await h.delivered();
});
afterEach(() => h.close());

const ticket = () => getTicketByNumber(h.db, number)!;
const actions = () => eventsOf(h.db, ticket().id).map((e) => [e.action, e.toStatus, e.note]);
const dues = () => Object.fromEntries(deadlinesOf(h.db, ticket().id).map((d) => [d.milestone, d]));

describe("clerk commands on their post's tickets", () => {
  it("刘师傅 accepts: the ticket is accepted, the response clock is met and the teacher is told", async () => {
    h.clock.set(shanghai("2026-11-26 10:30"));
    expect(h.user("刘师傅").say(`接单 ${number}`)).toBe(`已更新：${number} → 已受理。`);
    expect(ticket()).toMatchObject({ status: "accepted", acceptedAt: shanghai("2026-11-26 10:30") });
    expect(ticket().assigneeId).not.toBeNull();
    expect(dues().response?.metAt).toEqual(shanghai("2026-11-26 10:30"));
    expect(actions()).toEqual([
      ["create", "new", null],
      ["accept", "accepted", null],
    ]);
    expect(await h.delivered()).toEqual([
      expect.objectContaining({ to: "王老师", text: `您的工单 ${number} 状态更新为“已受理”。` }),
    ]);
  });

  it("resolving needs a note: without one the clerk is asked, and the next message is used as the note", async () => {
    const clerk = h.user("刘师傅");
    clerk.say(`接单 ${number}`);
    expect(clerk.say(`完成 ${number}`)).toContain(`请写一句处理说明（工单 ${number}）`);
    expect(ticket().status).toBe("accepted");
    expect(clerk.say("已更换投影仪灯泡")).toBe(`已更新：${number} → 已办结。`);
    expect(ticket().status).toBe("resolved");
    expect(actions().at(-1)).toEqual(["resolve", "resolved", "已更换投影仪灯泡"]);
    const sent = (await h.delivered()).filter((d) => d.to === "王老师").map((d) => d.text);
    expect(sent).toContain(`您的工单 ${number} 状态更新为“已办结”。\n说明：已更换投影仪灯泡`);
    expect(sent.some((t) => t.startsWith(`工单 ${number} 已办结，请为本次服务打分`))).toBe(true);
  });

  it("resolves in one line with the note; '取消' or '帮助' drops a command waiting for its note", () => {
    const clerk = h.user("刘师傅");
    clerk.say(`完成 ${number}`);
    expect(clerk.say("取消")).toContain("已取消");
    expect(ticket().status).toBe("new");
    expect(clerk.say(`完成 ${number}`)).toContain("请写一句处理说明");
    expect(clerk.say("帮助")).toContain("请回复编号或直接说您的需要");
    expect(ticket().status).toBe("new");
    expect(clerk.say(`完成 ${number} 已更换灯泡`)).toBe(`已更新：${number} → 已办结。`);
  });

  it("transfers to another post: 文印岗 gets the assignment and 后勤 no longer sees it", async () => {
    const [usage] = h.user("刘师傅").send(`转交 ${number}`);
    expect(usage?.text).toContain(`用法：转交 ${number} 岗位名 原因`);
    expect(usage?.choices?.map((c) => c.label)).toContain("文印岗");
    expect(h.user("刘师傅").say(`转交 ${number} 不存在的岗 原因`)).toContain("没有找到岗位“不存在的岗”");

    expect(h.user("刘师傅").say(`转交 ${number} 文印岗 是讲台电脑的问题`)).toBe(
      `已更新：${number} → 待受理。`,
    );
    expect(ticket()).toMatchObject({ postId: "wenyin", status: "new", assigneeId: null });
    const sent = await h.delivered();
    expect(
      sent
        .filter((d) => d.text.includes(`【新工单】文印岗：${number}`))
        .map((d) => d.to)
        .sort(),
    ).toEqual(["张主任", "李文员", "陈编辑"]);
    expect(h.user("刘师傅").say(`接单 ${number}`)).toContain("没有查看工单");
    expect(h.user("李文员").say(`接单 ${number}`)).toBe(`已更新：${number} → 已受理。`);
  });

  it("asking the requester pauses the SLA; the teacher's 补充 resumes it and moves the due times", async () => {
    h.clock.set(shanghai("2026-11-26 10:30"));
    h.user("刘师傅").say(`接单 ${number}`);
    h.clock.set(shanghai("2026-11-26 11:00"));
    expect(h.user("刘师傅").say(`询问 ${number}`)).toContain("请写下需要申请人补充的内容");
    expect(h.user("刘师傅").say("是哪一台投影仪？")).toBe(`已更新：${number} → 等待您补充。`);
    expect(ticket()).toMatchObject({ status: "waiting", pausedAt: shanghai("2026-11-26 11:00") });
    expect(dues().onsite?.pausedAt).toEqual(shanghai("2026-11-26 11:00"));
    expect(dues().resolution?.pausedAt).toEqual(shanghai("2026-11-26 11:00"));
    const asked = (await h.delivered()).filter((d) => d.to === "王老师").at(-1)!;
    expect(asked.text).toContain(`关于工单 ${number}，工作人员需要您补充：是哪一台投影仪？`);
    expect(asked.text).toContain(`请回复：补充 ${number} 您的说明`);
    expect(h.user("王老师").say(`查询 ${number}`)).toContain("到场：⏸ 等待您补充");

    h.clock.set(shanghai("2026-11-26 14:00"));
    expect(h.user("王老师").say(`补充 ${number} 讲台左边那台`)).toBe(`已更新：${number} → 已受理。`);
    expect(ticket()).toMatchObject({ status: "accepted", pausedAt: null });
    expect(wall(dues().onsite!.dueAt)).toBe("2026-11-27 13:00");
    expect(wall(dues().resolution!.dueAt)).toBe("2026-12-01 13:00");
    expect(dues().onsite?.pausedAt).toBeNull();
    expect(await h.delivered()).toEqual([
      expect.objectContaining({ to: "刘师傅", text: `工单 ${number} 的申请人王老师补充：讲台左边那台` }),
    ]);
  });

  it("refusing and referring need a reason (G12); the reason reaches the teacher", async () => {
    expect(h.user("刘师傅").say(`退回 ${number}`)).toContain(`请写明退回原因（工单 ${number}，G12）`);
    expect(h.user("刘师傅").say(`转介 ${number}`)).toContain(
      `请写明转介理由和应联系的部门（工单 ${number}，G12）`,
    );
    expect(h.user("刘师傅").say("讲台电脑由信息中心负责，请联系信息中心")).toBe(
      `已更新：${number} → 已转介。`,
    );
    expect(actions().at(-1)).toEqual(["refer", "referred", "讲台电脑由信息中心负责，请联系信息中心"]);
    expect(ticket().closedAt).not.toBeNull();
    expect((await h.delivered()).find((d) => d.to === "王老师")?.text).toBe(
      `您的工单 ${number} 状态更新为“已转介”。\n说明：讲台电脑由信息中心负责，请联系信息中心`,
    );
    expect(h.user("刘师傅").say(`退回 ${number} 重复报修`)).toContain("操作未执行：工单当前状态为“已转介”");
  });

  it("refuses with the reason given in one line", () => {
    expect(h.user("刘师傅").say(`退回 ${number} 属于教务处职责`)).toBe(`已更新：${number} → 不予受理。`);
    expect(actions().at(-1)).toEqual(["refuse", "refused", "属于教务处职责"]);
  });

  it("a teacher cannot act on someone else's ticket, and a clerk of another post cannot either", () => {
    expect(h.user("李老师").say(`接单 ${number}`)).toBe(`抱歉，您没有查看工单 ${number} 的权限。`);
    expect(h.user("李文员").say(`完成 ${number} 好了`)).toBe(`抱歉，您没有查看工单 ${number} 的权限。`);
    expect(h.user("王老师").say(`接单 ${number}`)).toBe("操作未执行：您没有权限对该工单进行这一步。");
    expect(h.db.select().from(tickets).get()?.status).toBe("new");
  });

  it("a command in the middle of a form runs and leaves the form where it was", () => {
    const clerk = h.user("刘师傅");
    clerk.say("报修");
    expect(clerk.say(`接单 ${number}`)).toBe(`已更新：${number} → 已受理。`);
    expect(clerk.say("行政楼201")).toContain("请描述一下问题。");
  });
});
