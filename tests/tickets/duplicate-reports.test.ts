import { describe, expect, it } from "vitest";
import { subscribersOf } from "../../src/db/queries/ticket-subscribers.js";
import { deadlinesOf, eventsOf, getTicketByNumber } from "../../src/db/queries/tickets.js";
import { engineHarnessPerTest, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

function report(teacher: string, text: string): string {
  const user = h.user(teacher);
  let reply = user.say(text);
  // Answers what the form asks (urgency for some things, a phone number) until the ticket is made.
  for (let i = 0; i < 4 && !reply.includes("已受理"); i++)
    reply = user.say(reply.includes("是否紧急") ? "否" : reply.includes("联系电话") ? "分机 8021" : "确认");
  return ticketNumberIn(reply);
}

const ticketCount = () => h.db.$client.prepare("select count(*) as n from tickets").get() as { n: number };

describe("a report of a problem already reported", () => {
  it("is answered with the open ticket before a second is made, and following it subscribes the teacher", async () => {
    const first = report("王老师", "教学楼A301的投影仪不亮了");
    await h.delivered();
    h.clock.advanceMinutes(3);
    const [question] = h.user("李老师").send("A301投影仪打不开，下午还要上课");
    expect(question?.text).toBe(
      `教学楼A301的投影仪已在10:00报修（${first}），目前待受理。要关注那张工单吗？关注后处理进度会同样通知您。`,
    );
    expect(question?.choices?.map((c) => c.label)).toEqual(["关注那张工单", "不是同一个问题"]);

    expect(h.user("李老师").say("1")).toBe(`已关注 ${first}，工单状态有变化会通知您。本次不再新建工单。`);
    expect(ticketCount().n).toBe(1);
    const ticket = getTicketByNumber(h.db, first)!;
    expect(subscribersOf(h.db, ticket.id).map((p) => p.name)).toEqual(["李老师"]);
    expect(eventsOf(h.db, ticket.id).map((e) => e.action)).toEqual(["create", "follow"]);
    // The clerk hears of it at once and sees it in the queue and the ticket's details.
    const notices = await h.delivered();
    expect(notices.find((d) => d.to === "刘师傅")?.text).toBe(
      `【同一问题】李老师也反映了 ${first}（教学楼A301 教学楼A301的投影仪不亮了），现另有 1 人反映。`,
    );
    expect(h.user("刘师傅").say("待办")).toContain("另有 1 人反映");
    expect(h.user("刘师傅").say(`查询 ${first}`)).toContain("另有 1 人反映");
    // The conversation is over: the next message is a new start, not an answer to a repair question.
    expect(h.user("李老师").say("我的工单")).toBe("您目前没有工单。回复“菜单”可以办理新事项。");

    // Status updates reach the follower through the outbox, as they reach the requester.
    h.user("刘师傅").say(`接单 ${first}`);
    const updates = await h.delivered();
    expect(updates.map((d) => d.to).sort()).toEqual(["李老师", "王老师"]);
    expect(updates.find((d) => d.to === "李老师")?.text).toBe(`您关注的工单 ${first} 状态更新：已受理。`);
  });

  it("'不是同一个问题' goes on with the form and makes a new ticket as usual", () => {
    report("王老师", "教学楼A301的投影仪不亮了");
    h.user("李老师").say("A301的投影仪坏了，画面全是雪花点");
    const reply = h.user("李老师").say("不是同一个问题");
    expect(reply).toContain("好的，按新问题登记。");
    expect(reply).toContain("请留一个联系电话或分机。");
    h.user("李老师").say("分机 8022");
    const second = ticketNumberIn(h.user("李老师").say("确认"));
    expect(second).toBe("综合办-20261126-002");
    expect(ticketCount().n).toBe(2);
  });

  it("asks only about the same thing in the same room, and never about a closed ticket", () => {
    const first = report("王老师", "教学楼A301的投影仪不亮了");
    expect(h.user("李老师").say("A302的投影仪不亮")).not.toContain("要关注那张工单吗");
    expect(h.user("赵老师").say("A301的空调不制冷")).not.toContain("要关注那张工单吗");
    h.user("刘师傅").say(`完成 ${first} 已更换灯泡`);
    expect(h.user("孙老师").say("A301的投影仪又不亮了")).not.toContain("要关注那张工单吗");
  });

  it("matches place words whichever report names the building, and not a place that merely shares a word", () => {
    const first = report("王老师", "3楼男厕所的灯不亮");
    expect(h.user("李老师").say("教学楼三楼男厕所灯坏了")).toContain(
      `（${first}），目前待受理。要关注那张工单吗？`,
    );
    const second = report("赵老师", "实验楼二楼女厕所灯管坏了");
    expect(h.user("孙老师").say("2楼女厕所的灯不亮")).toContain(
      `（${second}），目前待受理。要关注那张工单吗？`,
    );
    expect(h.user("周老师").say("4楼男厕所的灯不亮")).not.toContain("要关注那张工单吗");
  });

  it("finds a report filed before problem places were stored, once the bot has restarted", async () => {
    const first = report("王老师", "教学楼A301的投影仪不亮了");
    h.db.$client.prepare("update tickets set problem_place_reversed = null").run();
    await h.restart();
    expect(h.user("李老师").say("A301投影仪打不开")).toContain(
      `（${first}），目前待受理。要关注那张工单吗？`,
    );
  });

  it("clerks merge two tickets: the second closes into the first, its requester follows the first, both trails keep it", async () => {
    const first = report("王老师", "教学楼A301的投影仪不亮了");
    h.user("李老师").say("A301投影仪坏了");
    h.user("李老师").say("不是同一个问题");
    h.user("李老师").say("分机 8022");
    const second = ticketNumberIn(h.user("李老师").say("确认"));
    await h.delivered();

    // A teacher may not merge (李老师's ticket is not even theirs to see); nothing changes.
    expect(h.user("王老师").say(`合并 ${first} ${second}`)).toBe(`抱歉，您没有查看工单 ${second} 的权限。`);
    expect(getTicketByNumber(h.db, second)?.status).toBe("new");
    expect(h.user("刘师傅").say(`合并 ${first}`)).toContain("格式：合并 <保留的工单号> <并入的工单号>");
    expect(h.user("刘师傅").say(`合并 ${first} ${second}`)).toBe(
      `已合并：${second} 并入 ${first} 并关闭，申请人和关注者改为关注 ${first}（另有 1 人反映）。`,
    );
    const kept = getTicketByNumber(h.db, first)!;
    const gone = getTicketByNumber(h.db, second)!;
    expect(gone.status).toBe("closed");
    expect(deadlinesOf(h.db, gone.id).filter((d) => !d.metAt)).toEqual([]);
    expect(eventsOf(h.db, gone.id).at(-1)).toMatchObject({ action: "merge", data: { into: first } });
    expect(eventsOf(h.db, kept.id).at(-1)).toMatchObject({ action: "merge", data: { merged: second } });
    expect(subscribersOf(h.db, kept.id).map((p) => p.name)).toEqual(["李老师"]);
    const told = await h.delivered();
    expect(told.find((d) => d.to === "李老师")?.text).toBe(
      `您的工单 ${second} 与 ${first} 是同一问题，已合并处理；后续进度按 ${first} 通知您。`,
    );
    expect(h.user("刘师傅").say(`合并 ${first} ${second}`)).toContain("只能合并未办结的工单");
  });

  it("asks in English when the second report is in English", () => {
    const first = report("王老师", "教学楼A301的投影仪不亮了");
    const [question] = h.user("Tom").send("The projector in room A301 is broken");
    expect(question?.text).toBe(
      `"教学楼A301 教学楼A301的投影仪不亮了" was already reported at 10:00 (${first}); it is waiting to be accepted. Follow that ticket? You will get its updates too.`,
    );
    expect(h.user("Tom").say("Follow that ticket")).toBe(
      `You now follow ${first} and will hear when its status changes. No new ticket was made.`,
    );
  });

  it("a request that merely starts with 合并 is no merge command", () => {
    expect(h.user("王老师").say("合并两个班的家长会，需要借报告厅")).not.toContain("格式：合并");
  });
});
