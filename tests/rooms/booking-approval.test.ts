import { describe, expect, it } from "vitest";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { book, bookingsOf, described } from "../support/booking-harness.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

const slot = { room: "301", time: "11月30日14:00-15:30", purpose: "初二数学教研活动" };

describe("approving room bookings (G6)", () => {
  it("gives the meetings team approve and reject buttons with each new booking", async () => {
    const number = book(h, "王老师", slot);
    const sent = await h.delivered();
    const clerk = sent.find((d) => d.to === "王会务")!;
    expect(clerk.text).toContain(`批准：批准 ${number}`);
    expect(clerk.message.choices).toEqual([
      { label: "批准", value: `批准 ${number}`, style: "primary" },
      { label: "驳回", value: `驳回 ${number}`, style: "danger" },
    ]);
    expect(sent.find((d) => d.to === "Emma Clark")!.message.choices?.map((c) => c.value)).toEqual([
      `approve ${number}`,
      `reject ${number}`,
    ]);
  });

  it("approves on the button and tells the requester, with the check-in instructions", async () => {
    const number = book(h, "王老师", slot);
    await h.delivered();
    expect(h.user("王会务").say(`批准 ${number}`)).toBe(`已批准 ${number}（1 个时段）。申请人已收到通知。`);
    expect(described(bookingsOf(h, number))).toEqual([
      ["r301", "2026-11-30 14:00", "2026-11-30 15:30", "approved"],
    ]);
    expect(getTicketByNumber(h.db, number)?.status).toBe("accepted");
    const told = (await h.delivered()).filter((d) => d.to === "王老师");
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain("场地预约已批准：301会议室 11月30日(周一) 14:00–15:30。");
    expect(told[0]!.text).toContain(`请在开始后 15 分钟内签到（回复“签到 ${number}”）`);
  });

  it("shows the booking's room, time and approval in the ticket's status query", () => {
    const number = book(h, "王老师", slot);
    expect(h.user("王老师").say(`查询 ${number}`)).toContain("301会议室 11月30日(周一) 14:00–15:30｜待审批");
    h.user("王会务").say(`批准 ${number}`);
    expect(h.user("王老师").say(`查询 ${number}`)).toContain("301会议室 11月30日(周一) 14:00–15:30｜已批准");
  });

  it("lets the office head approve in English too", async () => {
    const number = book(h, "王老师", slot);
    expect(h.user("Emma Clark").say(`approve ${number}`)).toBe(
      `Approved ${number} (1 slot). The requester has been told.`,
    );
    expect(bookingsOf(h, number)[0]?.status).toBe("approved");
  });

  it("rejects with a reason, frees the slot and tells the requester why", async () => {
    const number = book(h, "王老师", slot);
    await h.delivered();
    expect(h.user("张主任").say(`驳回 ${number}`)).toBe(
      `请写明驳回原因，例如：驳回 ${number} 该时段已安排期中考试`,
    );
    expect(bookingsOf(h, number)[0]?.status).toBe("pending");
    expect(h.user("张主任").say(`驳回 ${number} 该时段学校有检查`)).toBe(
      `已驳回 ${number}，申请人已收到原因。`,
    );
    expect(bookingsOf(h, number)[0]?.status).toBe("rejected");
    expect(getTicketByNumber(h.db, number)?.status).toBe("refused");
    const told = (await h.delivered()).find((d) => d.to === "王老师")!;
    expect(told.text).toContain("不予受理");
    expect(told.text).toContain("该时段学校有检查");
    expect(book(h, "李老师", slot)).toMatch(/^综合办-/);
  });

  it("does not let a teacher or another post approve", () => {
    const number = book(h, "王老师", slot);
    expect(h.user("王老师").say(`批准 ${number}`)).toBe("抱歉，只有会务组或办公室负责人可以审批场地预约。");
    expect(h.user("刘师傅").say(`批准 ${number}`)).toBe(`抱歉，您没有查看工单 ${number} 的权限。`);
    expect(bookingsOf(h, number)[0]?.status).toBe("pending");
  });

  it("says so when there is nothing left to approve", () => {
    const number = book(h, "王老师", slot);
    h.user("王会务").say(`批准 ${number}`);
    expect(h.user("王会务").say(`批准 ${number}`)).toBe(`${number} 没有待审批的时段（当前：已批准）。`);
  });

  it("keeps '退回/reject' of an ordinary ticket a ticket refusal", () => {
    const teacher = h.user("王老师");
    teacher.say("报修\n地点: 教学楼A301\n问题: 灯不亮\n类别: 水电\n紧急: 否\n联系方式: 分机 8021");
    const number = /综合办-\d{8}-\d{3}/.exec(teacher.say("确认"))![0];
    expect(h.user("刘师傅").say(`reject ${number}`)).toContain("Please give the reason for refusing");
    expect(h.user("刘师傅").say(`批准 ${number}`)).toBe(`${number} 不是场地预约工单。`);
    expect(h.user("刘师傅").say(`退回 ${number} 属于基建处`)).toContain("不予受理");
  });
});
