import { afterEach, describe, expect, it } from "vitest";
import { drawMonth } from "../../src/audit/audit-draw-job.js";
import { auditProgress } from "../../src/audit/audit-progress.js";
import { auditItems } from "../../src/db/tables/audit.js";
import { loadDirectory } from "../../src/directory/load-directory.js";
import { addClosedTickets } from "../support/closed-tickets.js";
import { type EngineHarness, openEngineHarness, shanghai } from "../support/engine-harness.js";

let h: EngineHarness;
afterEach(async () => h?.close());

/** November: 3 repairs by 刘师傅 and 1 printing job by 李文员 closed; one of each post is drawn. */
async function novemberSample(): Promise<void> {
  h = await openEngineHarness({ now: shanghai("2026-12-01 09:00") });
  addClosedTickets(h.db, {
    post: "houqin",
    count: 3,
    resolvedAt: shanghai("2026-11-12 10:00"),
    clerk: "刘师傅",
  });
  addClosedTickets(h.db, {
    post: "wenyin",
    count: 1,
    resolvedAt: shanghai("2026-11-20 15:00"),
    clerk: "李文员",
    type: "printing",
  });
  h.db.transaction((tx) => drawMonth(h.app.context, tx, "2026-11", h.clock.read(), 12345));
}

describe("working through the audit in chat (G18)", () => {
  it("the head sees the sample, answers the three checks by number, and problems reach the retraining list", async () => {
    await novemberSample();
    const head = h.user("张主任");
    const shown = head.say("抽查");
    expect(shown).toContain("2026-11 工单抽查（2026-12-01 抽取）");
    expect(shown).toContain("上月办结工单 4 件，按岗位各抽 20%（向上取整）共 2 件；随机种子 12345");
    expect(shown).toContain("【后勤】办结 3 件，抽 1 件");
    expect(shown).toContain("【文印岗】办结 1 件，抽 1 件");
    expect(shown).toContain("进度：已核对 0/2 件");

    const first = head.send("抽查 核对");
    expect(first[0]!.text).toContain("第 1/2 件");
    expect(first[0]!.text).toContain("经办：刘师傅");
    expect(first[0]!.text).toContain("纸质登记：与工单记录相符吗？");
    expect(first[0]!.choices?.map((c) => c.label)).toEqual(["相符", "有问题"]);
    expect(head.say("1")).toContain("电子台账：与工单记录相符吗？");
    expect(head.say("随便")).toContain("请回复“相符”或“有问题”（电子台账）");
    expect(head.say("1")).toContain("回访记录：与工单记录相符吗？");
    expect(head.say("2")).toContain("备注（可选）");
    const next = head.say("回访记录表上没有签名");
    expect(next).toContain("回访记录有问题，已列入经办人的重训名单");
    expect(next).toContain("第 2/2 件");
    expect(next).toContain("经办：李文员");
    head.say("相符");
    head.say("相符");
    head.say("相符");
    expect(head.say("无")).toContain("2026-11 的抽查已全部核对完毕，发现问题 1 件");

    const rows = h.db.select().from(auditItems).all();
    expect(rows.map((r) => [r.paper, r.ledger, r.followUp, r.note])).toEqual(
      expect.arrayContaining([
        ["ok", "ok", "problem", "回访记录表上没有签名"],
        ["ok", "ok", "ok", null],
      ]),
    );
    expect(auditProgress(h.db, "2026-11")).toMatchObject({ checked: 2, problems: 1 });

    const list = head.say("重训");
    expect(list).toContain("刘师傅：1 件");
    expect(list).toContain("回访记录有问题（回访记录表上没有签名）");
    expect(list).not.toContain("李文员");
    expect(head.say("抽查 2026-11")).toContain("进度：已核对 2/2 件，发现问题 1 件。");
  });

  it("cancel pauses checking and nothing is recorded; a later 抽查 核对 starts the same ticket again", async () => {
    await novemberSample();
    const head = h.user("张主任");
    const first = head.say("抽查 核对");
    head.say("相符");
    expect(head.say("取消")).toContain("已暂停核对");
    expect(
      h.db
        .select()
        .from(auditItems)
        .all()
        .every((r) => r.checkedAt === null),
    ).toBe(true);
    expect(head.say("抽查 核对")).toBe(first);
  });

  it("others are refused politely, a month without a sample and a bad month are explained", async () => {
    await novemberSample();
    for (const who of ["王老师", "刘师傅"]) {
      for (const command of ["抽查", "抽查 核对", "重训", "抽查 2026-11"]) {
        expect(h.user(who).say(command)).toBe("抱歉，抽查与重训名单只有办公室负责人和指定的抽查人可以查看。");
      }
    }
    const head = h.user("张主任");
    expect(head.say("抽查 2026-10")).toContain("2026-10 没有抽查样本");
    expect(head.say("抽查 2026-13")).toContain("请写明月份");
    expect(head.say("重训")).toContain("重训名单为空");
    expect(h.user("王老师").say("audit")).toContain("Sorry, only the office head");
  });

  it("a named auditor who is not the head gets the notice and may do the checks", async () => {
    const directory = { ...loadDirectory("./examples/directory.yaml"), auditor: "赵协调" };
    h = await openEngineHarness({ now: shanghai("2026-12-01 09:00"), directory });
    addClosedTickets(h.db, {
      post: "houqin",
      count: 2,
      resolvedAt: shanghai("2026-11-12 10:00"),
      clerk: "刘师傅",
    });
    h.db.transaction((tx) => drawMonth(h.app.context, tx, "2026-11", h.clock.read(), 1));
    const delivered = await h.delivered();
    expect(delivered.map((d) => d.to)).toEqual(["赵协调"]);
    expect(h.user("赵协调").say("抽查 核对")).toContain("纸质登记：与工单记录相符吗？");
    expect(h.user("刘师傅").say("抽查")).toContain("抱歉");
  });
});
