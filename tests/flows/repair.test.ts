import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deadlinesOf, eventsOf, getTicketByNumber } from "../../src/db/queries/tickets.js";
import { people } from "../../src/db/schema.js";
import { engineHarnessPerTest, ticketNumberIn, wall } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

describe("repair flow (G9/G10)", () => {
  it("turns '投影仪坏了' into an urgent ticket for 后勤 after asking only what is missing", async () => {
    const teacher = h.user("王老师");
    const start = teacher.say("投影仪坏了");
    expect(start).toContain("【报修】");
    expect(start).toContain("请问在哪里？");
    expect(teacher.say("教学楼A301")).toContain("请留一个联系电话或分机");

    const review = teacher.say("分机 8021");
    expect(review).toContain("请核对【报修】的信息");
    expect(review).toContain("地点：教学楼A301");
    expect(review).toContain("问题：投影仪坏了");
    expect(review).toContain("类别：教学设备");
    expect(review).toContain("联系方式：分机 8021");
    expect(review).not.toContain("紧急：");

    const done = teacher.say("确认");
    expect(done).toContain("已受理，工单号：综合办-20261126-001。");
    expect(done).toContain("后勤将在 2 个工作小时内响应，预计今天 12:00前。");
    expect(done).toContain("到场：明天 10:00前");
    expect(done).toContain("办结：12月1日(周二) 10:00前");
    expect(done).toContain("查询 综合办-20261126-001");

    const ticket = getTicketByNumber(h.db, "综合办-20261126-001")!;
    expect(ticket).toMatchObject({
      type: "repair",
      postId: "houqin",
      priority: "urgent",
      status: "new",
      channel: "console",
    });
    expect(ticket.fields).toEqual({
      location: "教学楼A301",
      problem: "投影仪坏了",
      category: "teaching-equipment",
      contact: "分机 8021",
    });
    const requester = h.db.select().from(people).where(eq(people.id, ticket.requesterId)).get();
    expect(requester?.name).toBe("王老师");
    expect(eventsOf(h.db, ticket.id).map((e) => [e.action, e.toStatus])).toEqual([["create", "new"]]);
    const deadlines = deadlinesOf(h.db, ticket.id).map((d) => [d.milestone, wall(d.dueAt)]);
    expect(deadlines).toEqual([
      ["response", "2026-11-26 12:00"],
      ["onsite", "2026-11-27 10:00"],
      ["resolution", "2026-12-01 10:00"],
    ]);

    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["刘师傅", "张主任"]);
    const toClerk = sent.find((d) => d.to === "刘师傅")!;
    expect(toClerk.text).toContain("🔴 【新工单】后勤：综合办-20261126-001");
    expect(toClerk.text).toContain("地点：教学楼A301");
    expect(toClerk.text).toContain("接单：接单 综合办-20261126-001");
    expect(toClerk.message.urgent).toBe(true);
  });

  it("reads the issue's 字段: 值 lines in one message and asks only the category", async () => {
    const teacher = h.user("王老师");
    const reply = teacher.say("报修\n地点: 教学楼A301\n问题: 投影仪不亮\n紧急: 是");
    expect(reply).toContain("属于哪一类？");
    expect(reply).not.toContain("请问在哪里");
    expect(teacher.say("1")).toContain("请留一个联系电话或分机");
    const review = teacher.say("13812345678");
    expect(review).toContain("地点：教学楼A301");
    expect(review).toContain("问题：投影仪不亮");
    expect(review).toContain("联系方式：13812345678");
    const number = ticketNumberIn(teacher.say("确认"));
    expect(getTicketByNumber(h.db, number)?.fields).toMatchObject({
      location: "教学楼A301",
      problem: "投影仪不亮",
      category: "teaching-equipment",
    });
  });

  it("takes location, problem and contact from one message; air conditioning is fixed within 2 working days", () => {
    const teacher = h.user("王老师");
    const review = teacher.say("行政楼201室空调坏了，分机 8021");
    expect(review).toContain("是否紧急");
    const after = teacher.say("否");
    expect(after).toContain("地点：行政楼201室");
    expect(after).toContain("类别：空调（重大维修）");
    expect(after).toContain("紧急：否");
    expect(after).toContain("联系方式：分机 8021");
    expect(teacher.say("确认")).toContain("办结：11月30日(周一) 10:00前");
  });

  it("runs a whole repair in English: 'the projector in A301 is broken'", async () => {
    const teacher = h.user("Tom");
    const start = teacher.say("the projector in A301 is broken");
    expect(start).toContain('Sure, let\'s do "Repair"');
    expect(start).toContain("Please leave a phone number or extension.");
    const review = teacher.say("ext. 8021");
    expect(review).toContain('Please check your "Repair" request:');
    expect(review).toContain("location: A301");
    expect(review).toContain("category: Teaching equipment");
    const done = teacher.say("confirm");
    expect(done).toContain("Your ticket number is 综合办-20261126-001.");
    expect(done).toContain("Facilities & logistics will respond within 2 working hours, by today 12:00.");
    expect(teacher.say("my tickets")).toContain(
      "综合办-20261126-001 | Repair | A301 the projector in A301 is broken | waiting to be accepted",
    );
  });

  it("does not mark an ordinary, non-urgent repair red and tells only the post", async () => {
    const teacher = h.user("王老师");
    teacher.say("报修");
    teacher.say("宿舍楼3号楼201");
    teacher.say("门锁坏了");
    teacher.say("门窗桌椅");
    teacher.say("否");
    teacher.say("分机 8021");
    const number = ticketNumberIn(teacher.say("确认"));
    expect(getTicketByNumber(h.db, number)?.priority).toBe("normal");
    const sent = await h.delivered();
    expect(sent.map((d) => d.to)).toEqual(["刘师傅"]);
    expect(sent[0]?.text.startsWith("【新工单】后勤")).toBe(true);
  });
});
