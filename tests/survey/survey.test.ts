import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { conversations, people } from "../../src/db/schema.js";
import { surveyAnswers, surveyRecipients } from "../../src/db/tables/survey.js";
import { surveyResults } from "../../src/survey/survey-results.js";
import { type EngineHarness, openEngineHarness, shanghai } from "../support/engine-harness.js";

let h: EngineHarness;
afterEach(async () => h?.close());

const staff = [
  "李文员",
  "王会务",
  "赵协调",
  "刘师傅",
  "陈编辑",
  "李主任",
  "王副校长",
  "孙主任",
  "Emma Clark",
];

/** 钱老师 used the bot last semester only; 王老师 and 赵老师 this semester. */
async function semesterWithUsers(): Promise<void> {
  h = await openEngineHarness({ now: shanghai("2026-07-06 10:00") });
  h.user("钱老师").say("菜单");
  h.clock.set(shanghai("2026-11-26 10:00"));
  h.user("王老师").say("菜单");
  h.user("赵老师").say("我的工单");
}

function answerAll(who: string, answers: readonly string[]): string {
  const user = h.user(who);
  let last = user.say("填写调查");
  for (const answer of answers) last = user.say(answer);
  return last;
}

describe("the semester survey (G17)", () => {
  it("the head edits the draft and sends it to this semester's bot users and the staff, not to last semester's", async () => {
    await semesterWithUsers();
    const head = h.user("张主任");
    const draft = head.send("调查");
    expect(draft[0]!.text).toContain("2026 秋季学期满意度调查（草稿，尚未发送）");
    expect(draft[0]!.text).toContain("1. 您对综合办公室工作人员的服务态度是否满意？（1–5 分）");
    expect(draft[0]!.text).toContain("6. 您对综合办公室的服务还有什么意见或建议？（开放题）");
    expect(draft[0]!.choices).toEqual([{ label: "发送", value: "调查 发送" }]);
    expect(head.say("调查 问题 3 您对文印和维修的质量是否满意？")).toContain(
      "3. 您对文印和维修的质量是否满意？（1–5 分）",
    );
    expect(head.say("调查 问题 9 多余的题")).toContain("请写明题号（1–6）");
    expect(h.user("王老师").say("调查 发送")).toBe(
      "抱歉，只有办公室负责人可以发起调查、修改问题和公布结果。",
    );

    expect(head.say("调查 发送")).toContain("调查已发送给 11 人");
    const invites = await h.delivered();
    expect(invites.map((d) => d.to).sort()).toEqual(["王老师", "赵老师", ...staff].sort());
    expect(invites.find((d) => d.to === "王老师")!.message.choices).toEqual([
      { label: "开始填写", value: "填写调查" },
    ]);
    expect(invites.find((d) => d.to === "Emma Clark")!.message.choices).toEqual([
      { label: "Start", value: "take survey" },
    ]);
    expect(head.say("调查 问题 1 改晚了")).toBe("调查已发送，不能再修改问题。");
    expect(h.user("钱老师").say("填写调查")).toBe("目前没有需要您填写的调查，谢谢。");
  });

  it("answers are stored without the person; only a marker says who answered; nobody answers twice", async () => {
    await semesterWithUsers();
    h.user("张主任").say("调查 发送");
    const teacher = h.user("王老师");
    const first = teacher.send("填写调查");
    expect(first[0]!.text).toContain("第 1/6 题：您对综合办公室工作人员的服务态度是否满意？");
    // In this order, the number a person replies is the score ("5" picks the fifth choice, 很满意).
    expect(first[0]!.choices).toEqual(
      ["很不满意", "不满意", "一般", "满意", "很满意"].map((label, i) => ({ label, value: String(i + 1) })),
    );
    expect(teacher.say("5")).toContain("第 2/6 题");
    expect(teacher.say("非常好")).toBe("请回复 1–5 的分数（5 为很满意）。");
    teacher.say("满意");
    teacher.say("3");
    teacher.say("2");
    expect(teacher.say("5")).toContain("第 6/6 题：您对综合办公室的服务还有什么意见或建议？");
    expect(teacher.say("希望增设自助复印机")).toBe("答卷已匿名提交，谢谢您的意见！");
    expect(teacher.say("填写调查")).toBe("目前没有需要您填写的调查，谢谢。");

    const columns = (
      h.db.$client.prepare("PRAGMA table_info(survey_answers)").all() as { name: string }[]
    ).map((c) => c.name);
    expect(columns.sort()).toEqual(["id", "question", "score", "sheet", "survey_id", "text"]);
    const rows = h.db.select().from(surveyAnswers).all();
    expect(rows.map((r) => [r.question, r.score, r.text])).toEqual([
      [0, 5, null],
      [1, 4, null],
      [2, 3, null],
      [3, 2, null],
      [4, 5, null],
      [5, null, "希望增设自助复印机"],
    ]);
    // One random sheet key, not derived from the person; and the answers no longer sit in their conversation.
    expect(new Set(rows.map((r) => r.sheet)).size).toBe(1);
    expect(rows[0]!.sheet).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const wang = h.db.select().from(people).where(eq(people.name, "王老师")).get()!;
    const conversation = h.db.select().from(conversations).where(eq(conversations.personId, wang.id)).get();
    expect(JSON.stringify(conversation?.state)).not.toContain("awaiting");
    const marker = h.db.select().from(surveyRecipients).where(eq(surveyRecipients.personId, wang.id)).get();
    expect(marker?.answered).toBe(true);
  });

  it("results go to the head with the comments and to everyone surveyed without them; items under 4.0 are flagged", async () => {
    await semesterWithUsers();
    const head = h.user("张主任");
    head.say("调查 发送");
    answerAll("王老师", ["5", "4", "5", "2", "5", "希望增设自助复印机"]);
    answerAll("刘师傅", ["4", "3", "4", "3", "4", "无"]);
    answerAll("Emma Clark", ["5", "4", "5", "4", "5", "None"]);
    expect(h.user("赵老师").say("填写调查")).toContain("第 1/6 题");
    expect(h.user("赵老师").say("取消")).toContain("已退出调查，答案没有保存");
    await h.delivered();

    const results = surveyResults(h.db, "current")!;
    expect(results).toMatchObject({ asked: 11, answered: 3 });
    expect(results.questions.map((q) => [q.mean, q.belowTarget])).toEqual([
      [14 / 3, false],
      [11 / 3, true],
      [14 / 3, false],
      [3, true],
      [14 / 3, false],
      [null, false],
    ]);
    expect(results.questions[1]!.distribution).toEqual([0, 0, 1, 2, 0]);
    expect(results.questions[5]!.comments).toEqual(["希望增设自助复印机"]);

    const text = head.say("调查 结果");
    expect(text).toContain("2026 秋季学期满意度调查结果（回收 3/11 份）");
    expect(text).toContain(
      "2. 您对办理的响应速度是否满意？\n   平均 3.67 分，满意（4–5 分）67%  ⚠️ 未达标，纳入部门考核",
    );
    expect(text).toContain(
      "1. 您对综合办公室工作人员的服务态度是否满意？\n   平均 4.67 分，满意（4–5 分）100%  ✓",
    );
    expect(text).toContain("· 希望增设自助复印机");
    expect(text).toContain("结果已公布给 11 位受访者");
    const published = await h.delivered();
    expect(published.map((d) => d.to).sort()).toEqual(["王老师", "赵老师", ...staff].sort());
    expect(published.find((d) => d.to === "赵老师")!.text).toContain("⚠️ 未达标");
    expect(published.every((d) => !d.text.includes("复印机"))).toBe(true);
    expect(published.find((d) => d.to === "Emma Clark")!.text).toContain("below target");
  });

  it("the head records improvement plans for the quarter", async () => {
    await semesterWithUsers();
    const head = h.user("张主任");
    expect(head.say("改进")).toContain("2026-Q4 还没有改进方案");
    expect(head.say("改进 文印室增设一台自助复印机")).toBe(
      "已记录 2026-Q4 的改进方案：文印室增设一台自助复印机",
    );
    expect(head.say("改进")).toBe("2026-Q4 的改进方案：\n1. 文印室增设一台自助复印机");
    expect(h.user("王老师").say("改进 食堂")).toContain("只有办公室负责人");
  });
});
