import { afterEach, expect, test } from "vitest";
import { ticketNumberIn } from "../../support/engine-harness.js";
import { FakeSlackApi } from "../../support/slack-fake-api.js";
import { meetingsClerk, SlackHarness, teacher, technician } from "../../support/slack-harness.js";
import { buttonLabels, type Teacher } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

const colleague: Teacher = { id: "U0TEACHER02", dm: "D0TEACHER02", name: "李老师" };

test("on Slack a second report of the same broken projector offers the open ticket, and the follow button subscribes", async () => {
  const fake = await FakeSlackApi.start({
    [teacher.id]: teacher.name,
    [colleague.id]: colleague.name,
    [technician.id]: technician.name,
    [meetingsClerk.id]: meetingsClerk.name,
  });
  h = await SlackHarness.open({ fake });
  await h.requests.dm(teacher, "教学楼A301 投影仪不亮");
  await h.settle();
  await h.requests.dm(teacher, "分机 8021");
  await h.settle();
  await h.requests.press(teacher.id, h.lastPostedTo(teacher.dm), "确认");
  await h.settle();
  const number = ticketNumberIn(String(h.lastPostedTo(teacher.dm).args.text));
  const assignment = h.lastPostedTo(technician.id);

  await h.requests.dm(colleague, "A301的投影仪打不开了");
  await h.settle();
  const question = h.lastPostedTo(colleague.dm);
  expect(String(question.args.text)).toContain(`教学楼A301的投影仪已在10:00报修（${number}）`);
  expect(buttonLabels(question)).toEqual(["关注那张工单", "不是同一个问题"]);

  await h.requests.press(colleague.id, question, "关注那张工单");
  await h.settle();
  expect(String(h.lastPostedTo(colleague.dm).args.text)).toBe(
    `已关注 ${number}，工单状态有变化会通知您。本次不再新建工单。`,
  );
  expect(h.ticketRows()).toHaveLength(1);
  expect(String(h.lastPostedTo(technician.id).args.text)).toContain("【同一问题】李老师也反映了");

  // The technician accepts with the assignment's button; the follower hears of it in their DM.
  await h.requests.press(technician.id, assignment, "接单");
  await h.settle();
  expect(String(h.lastPostedTo(colleague.id).args.text)).toBe(`您关注的工单 ${number} 状态更新：已受理。`);
});
