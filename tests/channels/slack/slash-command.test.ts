import { afterEach, expect, test } from "vitest";
import { SlackHarness, teacher } from "../../support/slack-harness.js";
import { buttonLabels } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

test("/office in a channel says the answer is in the DM and sends the service menu there with form buttons", async () => {
  h = await SlackHarness.open();
  const response = await h.requests.command({ user: teacher.id, text: "" });
  expect(response.status).toBe(200);
  expect(JSON.parse(response.body)).toMatchObject({
    response_type: "ephemeral",
    text: "我已在私信中回复您。",
  });
  await h.settle();
  const menu = h.lastPostedTo(teacher.id);
  expect(String(menu.args.text)).toContain("学校综合办公室");
  const labels = buttonLabels(menu);
  expect(labels).toContain("报修");
  expect(labels).toContain("📝 会议室预约");
});

test("/office 报修 … starts a repair with what was said", async () => {
  h = await SlackHarness.open();
  await h.requests.command({
    user: teacher.id,
    text: "报修 教学楼A301 投影仪不亮",
    channel: teacher.dm,
    channelName: "directmessage",
  });
  await h.settle();
  const texts = h.postedTo(teacher.id).map((c) => String(c.args.text));
  expect(texts[0]).toContain("【报修】");
  expect(texts.at(-1)).toContain("联系电话");
});

test("/office form with an unknown name lists the forms and opens nothing", async () => {
  h = await SlackHarness.open();
  const response = await h.requests.command({ user: teacher.id, text: "form 停车证" });
  await h.settle();
  expect(JSON.parse(response.body).text).toContain("可用的表单：");
  expect(h.fake.of("views.open")).toEqual([]);
});
