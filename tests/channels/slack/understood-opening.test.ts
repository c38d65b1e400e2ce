import { afterEach, expect, test } from "vitest";
import { SlackHarness, teacher } from "../../support/slack-harness.js";
import { buttonLabels } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

test("a Slack DM in everyday words starts the right service with its facts, and an unsure one asks which", async () => {
  h = await SlackHarness.open();
  await h.requests.dm(teacher, "A301的投影仪打不开了，下午还要上课");
  await h.settle();
  const texts = h.postedTo(teacher.dm).map((c) => String(c.args.text));
  expect(texts[0]).toContain("【报修】");
  // Place, problem and urgency came with the message: only the contact is asked.
  expect(texts.at(-1)).toContain("联系电话");

  await h.requests.dm(teacher, "取消");
  await h.settle();
  await h.requests.dm(teacher, "今天天气不错");
  await h.settle();
  const menu = h.lastPostedTo(teacher.dm);
  expect(String(menu.args.text)).toContain("我没有完全明白");
  expect(buttonLabels(menu)).toContain("报修");
});
