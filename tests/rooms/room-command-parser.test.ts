import { describe, expect, it } from "vitest";
import { parseBookingCommand } from "../../src/rooms/room-command-parser.js";

const no = "综合办-20261127-003";

describe("reading booking commands", () => {
  it("reads the office's decisions in Chinese and English", () => {
    expect(parseBookingCommand(`批准 ${no}`)).toEqual({ kind: "approve", number: no, note: "" });
    expect(parseBookingCommand(`approve ${no} ok`)).toEqual({ kind: "approve", number: no, note: "ok" });
    expect(parseBookingCommand(`驳回 ${no} 该时段有考试`)).toEqual({
      kind: "reject",
      number: no,
      reason: "该时段有考试",
    });
    expect(parseBookingCommand(`reject ${no} exams`)).toEqual({
      kind: "reject",
      number: no,
      reason: "exams",
    });
    expect(parseBookingCommand(`退回 ${no} 不归我们管`)).toEqual({
      kind: "reject",
      number: no,
      reason: "不归我们管",
    });
  });

  it("reads the requester's commands", () => {
    expect(parseBookingCommand(`签到 ${no}`)).toEqual({ kind: "check-in", number: no });
    expect(parseBookingCommand("check in")).toEqual({ kind: "check-in" });
    expect(parseBookingCommand(`确认设备 ${no} 多要一个话筒`)).toEqual({
      kind: "confirm-equipment",
      number: no,
      note: "多要一个话筒",
    });
    expect(parseBookingCommand(`取消预约 ${no} 12月7日`)).toEqual({
      kind: "cancel",
      number: no,
      rest: "12月7日",
      viaTicketWord: false,
    });
    expect(parseBookingCommand(`撤销 ${no}`)).toEqual({
      kind: "cancel",
      number: no,
      rest: "",
      viaTicketWord: true,
    });
    expect(parseBookingCommand(`改期 ${no} 明天15:00-16:00`)).toEqual({
      kind: "reschedule",
      number: no,
      rest: "明天15:00-16:00",
    });
    expect(parseBookingCommand("我的预约")).toEqual({ kind: "my-bookings" });
    expect(parseBookingCommand("My Bookings")).toEqual({ kind: "my-bookings" });
    expect(parseBookingCommand("候补 301 明天14:00-15:00")).toEqual({
      kind: "waitlist",
      rest: "301 明天14:00-15:00",
    });
    expect(parseBookingCommand("紧急调配 报告厅 明天9:00-12:00 消防演练")).toEqual({
      kind: "emergency",
      rest: "报告厅 明天9:00-12:00 消防演练",
    });
  });

  it("recognises free-room questions but not ordinary sentences", () => {
    for (const q of [
      "明天下午有哪些空会议室",
      "有没有空教室？",
      "空闲会议室有哪些",
      "free rooms tomorrow 14:00-16:00 for 30 people",
      "Which rooms are free on Friday?",
    ]) {
      expect(parseBookingCommand(q)).toEqual({ kind: "free-rooms", text: q });
    }
    for (const text of [
      "明天下午借301会议室",
      "会议室空调坏了",
      "教研活动讨论空闲教室的安排",
      "emergency! the pipe burst",
      "确认",
      "批准",
      "签到一下",
    ]) {
      expect(parseBookingCommand(text)).toBeUndefined();
    }
  });
});
