import { afterEach, describe, expect, it } from "vitest";
import { surveyResults } from "../../../src/survey/survey-results.js";
import { shanghai } from "../../support/engine-harness.js";
import { SlackHarness, teacher } from "../../support/slack-harness.js";
import { buttonLabels } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

describe("the semester survey on Slack (G17)", () => {
  it("a teacher starts from the invitation's button and answers with the score buttons", async () => {
    h = await SlackHarness.open({ now: shanghai("2026-11-25 10:00") });
    await h.requests.dm(teacher, "我的工单");
    await h.settle();
    h.app.engine.handle({ sender: { channel: "console", userId: "张主任" }, text: "调查 发送" });
    await h.settle();
    const invite = h.lastPostedTo(teacher.id);
    expect(String(invite.args.text)).toContain("【满意度调查】");
    expect(buttonLabels(invite)).toEqual(["开始填写"]);

    await h.requests.press(teacher.id, invite, "开始填写");
    await h.settle();
    for (const score of ["很满意", "满意", "一般", "满意", "很满意"]) {
      const question = h.lastPostedTo(teacher.dm);
      expect(buttonLabels(question)).toEqual(["很不满意", "不满意", "一般", "满意", "很满意"]);
      await h.requests.press(teacher.id, question, score);
      await h.settle();
    }
    expect(buttonLabels(h.lastPostedTo(teacher.dm))).toEqual(["无"]);
    await h.requests.press(teacher.id, h.lastPostedTo(teacher.dm), "无");
    await h.settle();
    expect(String(h.lastPostedTo(teacher.dm).args.text)).toBe("答卷已匿名提交，谢谢您的意见！");
    expect(surveyResults(h.app.db, "current")!.questions.map((q) => q.mean)).toEqual([5, 4, 3, 4, 5, null]);
  });
});
