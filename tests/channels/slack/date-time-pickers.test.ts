import { afterEach, expect, test } from "vitest";
import { SlackHarness, teacher } from "../../support/slack-harness.js";
import { buttonLabels, findButton } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

const pickerTypes = (blocks: unknown) =>
  (blocks as { type: string; block_id?: string; elements?: { type: string }[] }[])
    .filter((b) => b.block_id?.startsWith("pick:"))
    .flatMap((b) => (b.elements ?? []).map((e) => e.type));

test("a question about a time offers Slack's date and time pickers, and the picked time answers it", async () => {
  h = await SlackHarness.open();
  await h.requests.dm(teacher, "预约301会议室");
  await h.settle();
  const question = h.lastPostedTo(teacher.dm);
  expect(String(question.args.text)).toContain("什么时间使用");
  expect(pickerTypes(question.args.blocks)).toEqual(["datepicker", "timepicker", "timepicker", "button"]);

  const { blockId } = findButton(question, "使用所选时间");
  const picked = {
    [blockId]: {
      "pick:date": { type: "datepicker", selected_date: "2026-11-26" },
      "pick:start": { type: "timepicker", selected_time: "14:00" },
      "pick:end": { type: "timepicker", selected_time: "15:30" },
    },
  };
  await h.requests.press(teacher.id, question, "使用所选时间", picked);
  await h.settle();

  expect(JSON.stringify(h.updatesOf(question)[0]?.args.blocks)).toContain("选择了：2026-11-26 14:00-15:30");
  expect(pickerTypes(h.updatesOf(question)[0]?.args.blocks)).toEqual([]);
  expect(String(h.lastPostedTo(teacher.dm).args.text)).toContain("用途是什么");
});

test("pressing “use this time” before picking everything asks to pick first and changes nothing", async () => {
  h = await SlackHarness.open();
  await h.requests.dm(teacher, "预约301会议室");
  await h.settle();
  const question = h.lastPostedTo(teacher.dm);
  const { blockId } = findButton(question, "使用所选时间");
  const posts = h.postedTo(teacher.dm).length;

  await h.requests.press(teacher.id, question, "使用所选时间", {
    [blockId]: { "pick:date": { type: "datepicker", selected_date: "2026-11-26" } },
  });
  await h.settle();

  expect(h.fake.of("chat.postEphemeral").map((c) => c.args.text)).toEqual([
    expect.stringContaining("请先选好日期和时间"),
  ]);
  expect(h.updatesOf(question)).toEqual([]);
  expect(h.postedTo(teacher.dm)).toHaveLength(posts);
});

test("a typed time still works where pickers are offered", async () => {
  h = await SlackHarness.open();
  await h.requests.dm(teacher, "预约301会议室");
  await h.settle();
  await h.requests.dm(teacher, "明天下午2点到3点半");
  await h.settle();
  const next = h.lastPostedTo(teacher.dm);
  expect(String(next.args.text)).toContain("用途是什么");
  expect(buttonLabels(next)).toEqual([]);
});

test("an English conversation gets the pickers in English", async () => {
  h = await SlackHarness.open();
  await h.requests.dm(teacher, "I would like to book meeting room 301");
  await h.settle();
  const question = h.lastPostedTo(teacher.dm);
  expect(String(question.args.text)).toContain("When do you need it?");
  expect(buttonLabels(question)).toEqual(["Use this time"]);
});
