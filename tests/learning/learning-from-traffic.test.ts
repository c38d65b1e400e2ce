import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/db/queries/conversations.js";
import { learntExampleTexts, recentUnsure } from "../../src/db/queries/traffic.js";
import { unsurePruneJob } from "../../src/learning/unsure-prune-job.js";
import { engineHarnessPerTest } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

// A request the shipped examples do not cover well: the model is unsure and shows the short menu.
const crafts = "需要一些彩纸给学生做手工";

const startedFlow = (user: string) =>
  loadConversation(h.db, { channel: "console", userKey: user, threadKey: "" })?.flowId;

describe("learning from traffic", () => {
  it("keeps what the bot was unsure of and what the person picked; the head lists it newest first", () => {
    expect(h.user("王老师").say(crafts)).toContain("抱歉，我没有完全明白");
    h.user("王老师").say("物资领用");
    const [question] = h.user("李老师").send("孩子们的作业本不够了");
    expect(question?.text).toBe("您是要：");
    h.user("李老师").say("1");

    const rows = recentUnsure(h.db, 10);
    expect(rows.map((r) => [r.text, r.band, r.picked])).toEqual([
      ["孩子们的作业本不够了", "uncertain", "supplies"],
      [crafts, "unknown", "supplies"],
    ]);
    const list = h.user("张主任").say("未识别");
    expect(list.split("\n")[0]).toBe(
      "最近 2 条没有把握的消息（新的在前；回复“采纳 <编号> <服务>”把它加为例句）：",
    );
    expect(list.split("\n")[1]).toMatch(
      /^#2 \d\d-\d\d \d\d:\d\d「孩子们的作业本不够了」 猜测：物资领用 \d+%.* → 选了：物资领用$/,
    );
    expect(list.split("\n")[2]).toContain(`#1`);
  });

  it("after 采纳 the same sentence starts the right service, at once and after a restart", async () => {
    h.user("王老师").say(crafts);
    expect(startedFlow("王老师")).toBeNull();
    const [row] = recentUnsure(h.db, 1);

    const reply = h.user("张主任").say(`采纳 ${row!.id} 物资领用`);
    expect(reply).toMatch(
      new RegExp(`^已采纳 #${row!.id}「${crafts}」为“物资领用”的例句；识别模型已重新训练（用时 \\d+ 毫秒）`),
    );
    expect(learntExampleTexts(h.db)).toEqual([{ serviceId: "supplies", text: crafts }]);
    expect(h.user("张主任").say("未识别")).toContain("✓已采纳为物资领用");

    h.user("李老师").say(crafts);
    expect(startedFlow("李老师")).toBe("supplies");

    await h.restart();
    h.user("赵老师").say(crafts);
    expect(startedFlow("赵老师")).toBe("supplies");
  });

  it("only the head may list or adopt; a wrong id or service changes nothing", () => {
    h.user("王老师").say(crafts);
    const [row] = recentUnsure(h.db, 1);
    const headOnly = "只有办公室负责人可以查看未识别的消息和采纳例句。";
    expect(h.user("王老师").say("未识别")).toBe(headOnly);
    expect(h.user("刘师傅").say(`采纳 ${row!.id} 报修`)).toBe(headOnly);
    expect(h.user("张主任").say("采纳 999 报修")).toBe("没有编号为 999 的未识别消息（可能已超过保留期）。");
    expect(h.user("张主任").say(`采纳 ${row!.id} 食堂`)).toMatch(
      /^没有名为“食堂”的服务。可用的服务：.*报修.*人事处/,
    );
    expect(h.user("张主任").say("采纳")).toMatch(/^格式：采纳 <编号> <服务>/);
    expect(learntExampleTexts(h.db)).toEqual([]);
    // A sentence that merely starts with the word is a request, not the command.
    expect(h.user("李老师").say("采纳建议的事情想反映一下")).not.toContain("只有办公室负责人");
  });

  it("a referral department can be adopted too", () => {
    h.user("王老师").say(crafts);
    const [row] = recentUnsure(h.db, 1);
    expect(h.user("张主任").say(`采纳 ${row!.id} 财务处`)).toContain("为“财务处”的例句");
    expect(learntExampleTexts(h.db)).toEqual([{ serviceId: "refer:caiwu", text: crafts }]);
  });

  it("unsure messages are forgotten after the retention window; adopted examples stay", async () => {
    h.user("王老师").say(crafts);
    h.user("张主任").say(`采纳 ${recentUnsure(h.db, 1)[0]!.id} 物资领用`);
    h.clock.advanceMinutes(60);
    h.user("李老师").say("孩子们的作业本不够了");
    const job = unsurePruneJob(90);
    await job.run(h.app.context, new Date(h.clock.read().getTime() + 89 * 86_400_000));
    expect(recentUnsure(h.db, 10)).toHaveLength(2);
    await job.run(h.app.context, new Date(h.clock.read().getTime() + 90 * 86_400_000 - 30 * 60_000));
    expect(recentUnsure(h.db, 10).map((r) => r.text)).toEqual(["孩子们的作业本不够了"]);
    expect(learntExampleTexts(h.db)).toHaveLength(1);
  });

  it("a clerk's unknown message is taken as a mistyped command and not kept", () => {
    h.user("刘师傅").say("接着办吧嗯");
    expect(recentUnsure(h.db, 10)).toEqual([]);
  });
});
