import { afterEach, expect, test } from "vitest";
import { engineViews } from "../../../src/engine/views/engine-views.js";
import {
  type EngineHarness,
  openEngineHarness,
  shanghai,
  ticketNumberIn,
} from "../../support/engine-harness.js";

let h: EngineHarness;
afterEach(async () => h.close());

const home = (name: string) => engineViews(h.app.context).home({ channel: "console", userId: name });

function report(teacher: string, ...messages: string[]): string {
  const user = h.user(teacher);
  let last = "";
  for (const text of [...messages, "分机 8021", "确认"]) last = user.say(text);
  return ticketNumberIn(last);
}

test("a requester's home shows their tickets in progress and their coming bookings", async () => {
  h = await openEngineHarness({ now: shanghai("2026-11-26 10:00") });
  const number = report("王老师", "教学楼A301 投影仪不亮");
  engineViews(h.app.context).submitForm({
    sender: { channel: "console", userId: "王老师" },
    flowId: "room-booking",
    locale: "zh",
    answers: { room: "105", time: "明天上午9点到10点", purpose: "家长会", teaching: "否", attendees: "4" },
    submissionId: "booking-1",
  });

  const view = home("王老师");
  expect(view).toMatchObject({ locale: "zh", name: "王老师" });
  expect(view.tickets.find((t) => t.number === number)).toEqual({
    number,
    title: "报修",
    summary: expect.stringContaining("投影仪不亮"),
    status: "待受理",
    priority: "urgent",
    mark: "🔴",
  });
  expect(view.bookings).toEqual([
    { room: "105小会议室", when: expect.stringContaining("09:00"), purpose: "家长会", status: "待审批" },
  ]);
  expect(view.queue).toBeUndefined();
});

test("a clerk's queue puts urgent tickets first, then the earlier deadline, and marks overdue ones", async () => {
  h = await openEngineHarness({ now: shanghai("2026-11-26 10:00") });
  const early = report("王老师", "教学楼B204 窗户坏了", "否"); // respond by 12:00
  h.clock.set(shanghai("2026-11-26 10:30"));
  const late = report("李老师", "教学楼B205 门锁坏了", "否"); // respond by 12:30
  const urgent = report("赵老师", "教学楼A301 投影仪不亮"); // urgent, respond by 12:30
  h.clock.set(shanghai("2026-11-26 12:15"));

  const queue = home("刘师傅").queue;
  expect(queue?.posts).toBe("后勤");
  expect(queue?.items.map((i) => [i.number, i.mark, i.overdue])).toEqual([
    [urgent, "🔴", false],
    [early, "", true],
    [late, "", false],
  ]);
  expect(queue?.items[1]?.due).toBe("今天 12:00");
});

test("the office head's queue covers every post", async () => {
  h = await openEngineHarness();
  report("王老师", "教学楼A301 投影仪不亮");
  expect(home("张主任").queue?.posts.split("、")).toHaveLength(h.app.context.directory.posts.length);
  expect(home("张主任").queue?.items).toHaveLength(1);
});
