import { describe, expect, it } from "vitest";
import { getMeeting } from "../../src/db/queries/meetings.js";
import { getTicketByNumber } from "../../src/db/queries/tickets.js";
import { meetingNoticeJob } from "../../src/meetings/jobs/meeting-notice-job.js";
import { meetingVenueReleaseJob } from "../../src/meetings/jobs/meeting-venue-release-job.js";
import { book, bookingsOf, runJob, submitBooking } from "../support/booking-harness.js";
import { engineHarnessPerTest, shanghai, ticketNumberIn } from "../support/engine-harness.js";

const h = engineHarnessPerTest(); // Thursday 2026-11-26 10:00

function meetingLines(time = "12月11日14:00-16:00", invitees = "张主任、李文员"): string {
  return [
    "会议主题: 期末教学质量分析会",
    "参会人员: 各处室负责人，约30人",
    `会议时间: ${time}`,
    "会议地点: 报告厅",
    "所需设备: 话筒、投影仪",
    "会议材料: 议程：一、期末安排；二、质量分析",
    "跨部门会议: 是",
    `通知对象: ${invitees}`,
  ].join("\n");
}

function arrange(time?: string, invitees?: string) {
  const teacher = h.user("王老师");
  teacher.say("会务安排");
  expect(teacher.say(meetingLines(time, invitees))).toContain("请核对【会务安排】的信息");
  return teacher.send("确认");
}

const textOf = (replies: { text: string }[]) => replies.map((r) => r.text).join("\n\n");

describe("a meeting arrangement holds its venue through room booking (G3)", () => {
  it("holds 报告厅 12-11 14:00–16:00, so a booking for the same slot is refused with alternatives", () => {
    const done = textOf(arrange());
    expect(done).toContain("已为会议预留场地：报告厅 12月11日(周五) 14:00–16:00。");
    const number = ticketNumberIn(done);
    const meeting = getMeeting(h.db, getTicketByNumber(h.db, number)!.id);
    expect(meeting?.bookingId).not.toBeNull();

    const refused = submitBooking(h, "李老师", { room: "报告厅", time: "12月11日14:00-16:00" });
    expect(refused.number).toBeUndefined();
    expect(refused.text).toContain("抱歉，报告厅在 12月11日(周五) 14:00–16:00 已被预约。");
    const offered = refused.replies.flatMap((r) => r.choices ?? []).map((c) => c.label);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).toContain("报告厅 12月11日(周五) 12:00–14:00");
  });

  it("refuses a meeting in a room already booked, offers alternatives, and holds the one picked", () => {
    book(h, "李老师", { room: "报告厅", time: "12月11日14:00-16:00", purpose: "家长讲座" });
    const refused = arrange();
    const text = textOf(refused);
    expect(text).toContain("抱歉，报告厅在 12月11日(周五) 14:00–16:00 已被预约。");
    expect(text).not.toContain("已受理");
    const choice = refused.flatMap((r) => r.choices ?? []).find((c) => c.label.startsWith("301会议室"));
    expect(choice?.value).toBe("会议地点：301会议室\n会议时间：12月11日(周五) 14:00–16:00");

    const teacher = h.user("王老师");
    const review = teacher.say(choice!.value);
    expect(review).toContain("会议地点：301会议室");
    const done = teacher.say("确认");
    expect(done).toContain("已为会议预留场地：301会议室 12月11日(周五) 14:00–16:00。");
    const other = submitBooking(h, "赵老师", { room: "301", time: "12月11日15:00-16:00" });
    expect(other.text).toContain("抱歉，301会议室在 12月11日(周五) 15:00–16:00 已被预约。");
  });

  it("holds the room as an office booking without a ticket of its own, so no check-in or approval applies", () => {
    const number = ticketNumberIn(textOf(arrange()));
    const ticket = getTicketByNumber(h.db, number)!;
    expect(bookingsOf(h, number)).toEqual([]); // the hold carries no ticket of its own
    expect(getMeeting(h.db, ticket.id)?.noticeDueOn).toBe("2026-12-04");
  });

  it("gives the room back when the arrangement is withdrawn", async () => {
    const number = ticketNumberIn(textOf(arrange()));
    expect(h.user("王老师").say(`撤销 ${number}`)).toContain("已撤销");
    await runJob(h, meetingVenueReleaseJob());
    expect(book(h, "李老师", { room: "报告厅", time: "12月11日14:00-16:00" })).toMatch(/^综合办-/);
  });
});

describe("attendees named in a cross-department meeting (G5)", () => {
  it("asks again, politely, for names it cannot find in the directory and creates nothing", () => {
    const reply = textOf(arrange(undefined, "张主任、钱老师"));
    expect(reply).toContain("抱歉，通讯录里找不到：钱老师。请核对姓名后重新列出通知对象");
    expect(reply).not.toContain("已受理");
    const teacher = h.user("王老师");
    expect(teacher.say("张主任")).toContain("通知对象：张主任");
    expect(teacher.say("确认")).toContain("会议通知和议程将于 12月4日(周五) 发给 1 位参会人（提前 7 天）。");
  });

  it("sends the notice with the agenda 7 days ahead from the job, once, and tells the requester", async () => {
    const number = ticketNumberIn(textOf(arrange()));
    await h.delivered();
    h.clock.set(shanghai("2026-12-03 16:00"));
    await runJob(h, meetingNoticeJob());
    expect(await h.delivered()).toEqual([]);

    h.clock.set(shanghai("2026-12-04 08:00"));
    await runJob(h, meetingNoticeJob());
    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["张主任", "李文员", "王老师"].sort());
    expect(sent.find((d) => d.to === "张主任")?.text).toBe(
      [
        "【会议通知】期末教学质量分析会",
        "时间：12月11日(周五) 14:00–16:00",
        "地点：报告厅",
        "召集人：王老师",
        `编号：${number}`,
        "议程/材料：议程：一、期末安排；二、质量分析",
      ].join("\n"),
    );
    expect(sent.find((d) => d.to === "王老师")?.text).toBe(`会议 ${number} 的通知和议程已发给 2 位参会人。`);

    await runJob(h, meetingNoticeJob());
    expect(await h.delivered()).toEqual([]);
  });

  it("sends the notice at once when the meeting is already within 7 days", async () => {
    const done = textOf(arrange("12月3日14:00-16:00"));
    expect(done).toContain("会议距今不足 7 天，会议通知和议程已立即发给 2 位参会人。");
    const sent = await h.delivered();
    expect(
      sent
        .filter((d) => d.text.startsWith("【会议通知】"))
        .map((d) => d.to)
        .sort(),
    ).toEqual(["张主任", "李文员"].sort());
  });
});

describe("minutes and clean-up after the meeting (G5)", () => {
  it("sends the meetings team's minutes to the attendees and the requester, then 清场 resolves the ticket", async () => {
    const number = ticketNumberIn(textOf(arrange()));
    const team = h.user("王会务");
    expect(team.say(`纪要 ${number} 一、期末考试12月28日开始`)).toBe(
      `${number} 的会议 12月11日(周五) 14:00 才开始，请在会后再发纪要。`,
    );
    await h.delivered();

    h.clock.set(shanghai("2026-12-11 16:30"));
    expect(team.say(`纪要 ${number} 一、期末考试12月28日开始`)).toBe(
      `已保存 ${number} 的会议纪要，并发给 3 人。`,
    );
    const sent = await h.delivered();
    expect(sent.map((d) => d.to).sort()).toEqual(["张主任", "李文员", "王老师"].sort());
    expect(sent[0]?.text).toBe(`【会议纪要】期末教学质量分析会（${number}）\n一、期末考试12月28日开始`);

    expect(h.user("王老师").say(`清场 ${number}`)).toBe("抱歉，只有会务组或办公室负责人可以使用这个命令。");
    expect(team.say(`清场 ${number}`)).toContain(`已记录 ${number} 会后清场完成，工单已办结`);
    const ticket = getTicketByNumber(h.db, number)!;
    expect(ticket.status).toBe("resolved");
    expect(getMeeting(h.db, ticket.id)?.cleanedUpAt).not.toBeNull();
    expect(team.say(`清场 ${number}`)).toBe(`${number} 的清场已记录过。`);
    const details = h.user("王老师").say(`查询 ${number}`);
    expect(details).toContain("场地：报告厅 12月11日(周五) 14:00–16:00｜已批准");
    expect(details).toContain("会场布置：待会务组确认");
    expect(details).toContain("会议纪要：已于 12月11日(周五) 16:30 发出");
    expect(details).toContain("清场：已于 12月11日(周五) 16:30 完成");
  });

  it("answers an unknown ticket or a ticket that is not a meeting politely", () => {
    const team = h.user("王会务");
    expect(team.say("纪要 综合办-20261126-009 内容")).toBe("找不到工单 综合办-20261126-009，请核对编号。");
    const booking = book(h, "李老师", { room: "301", time: "12月1日14:00-15:00" });
    expect(team.say(`清场 ${booking}`)).toBe(`${booking} 不是会务安排工单。`);
  });
});
