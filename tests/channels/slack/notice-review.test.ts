import { afterEach, describe, expect, test } from "vitest";
import { ticketNumberIn } from "../../support/engine-harness.js";
import { officeHead, SlackHarness, teacher } from "../../support/slack-harness.js";
import { buttonLabels } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

const leader = { id: "U0WANGFUXZ", name: "王副校长" };
const desk = { id: "U0XINXI001", name: "陈编辑" };

describe("a major notice reviewed with Slack buttons (G4)", () => {
  test("the head presses 通过, the leader 签发, the desk one button per channel; the teacher is told", async () => {
    h = await SlackHarness.open();
    for (const text of [
      "发布通知",
      "关于元旦放假安排的通知",
      "12月31日至1月2日放假，共3天。",
      "公告栏和电子屏",
      "下周一",
      "是",
    ]) {
      await h.requests.dm(teacher, text);
      await h.settle();
    }
    await h.requests.press(teacher.id, h.lastPostedTo(teacher.dm), "确认");
    await h.settle();
    const number = ticketNumberIn(String(h.lastPostedTo(teacher.dm).args.text));
    expect(h.postedTo(desk.id)).toEqual([]);

    const review = h.lastPostedTo(officeHead.id);
    expect(buttonLabels(review)).toEqual(["通过", "退回修改"]);
    await h.requests.press(officeHead.id, review, "通过");
    await h.settle();
    expect(h.postedTo(desk.id)).toEqual([]);

    const signOff = h.lastPostedTo(leader.id);
    expect(String(signOff.args.text)).toContain("【待签发·重大通知】");
    await h.requests.press(leader.id, signOff, "签发");
    await h.settle();

    const assignment = h.lastPostedTo(desk.id);
    expect(buttonLabels(assignment)).toEqual(["已发布 公告栏", "已发布 电子屏"]);
    await h.requests.press(desk.id, assignment, "已发布 电子屏");
    await h.settle();
    await h.requests.press(desk.id, assignment, "已发布 公告栏");
    await h.settle();
    expect(h.textTo(teacher.id)).toContain(`${number}`);
    expect(h.textTo(teacher.id)).toContain("通知已在公告栏、电子屏发布。");
  });
});
