import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConversation } from "../../src/db/queries/conversations.js";
import { type EngineHarness, openEngineHarness } from "../support/engine-harness.js";

// One app for the file; every case talks as its own new teacher.
let h: EngineHarness;
let n = 0;
beforeAll(async () => {
  h = await openEngineHarness();
});
afterAll(() => h.close());

function opening(text: string) {
  const name = `老师${n++}`;
  const user = h.user(name);
  const replies = user.send(text);
  const row = () => loadConversation(h.db, { channel: "console", userKey: name, threadKey: "" });
  return { user, replies, text: replies.map((r) => r.text).join("\n"), row };
}

describe("a first message is understood the way teachers say it", () => {
  it("a broken projector before a class starts an urgent repair with the place and the problem taken", () => {
    const { text, row } = opening("A301的投影仪打不开了，下午还要上课");
    expect(text).toContain("【报修】");
    expect(row()?.values).toMatchObject({
      location: "A301",
      problem: "A301的投影仪打不开了，下午还要上课",
      category: "teaching-equipment",
    });
    expect(text).toContain("请留一个联系电话或分机");
  });

  it("takes a toilet on a floor and a corridor of a building as the place", () => {
    expect(opening("三楼男厕所水龙头一直漏水").row()?.values).toMatchObject({ location: "三楼男厕所" });
    expect(opening("教学楼二楼走廊的灯不亮").row()?.values).toMatchObject({ location: "教学楼二楼走廊" });
  });

  it("a fault in the lecture hall is a repair, not a booking", () => {
    expect(opening("报告厅话筒有杂音").row()?.flowId).toBe("repair");
  });

  it("asks the meetings team for a parents' meeting instead of booking a room", () => {
    const { row } = opening("请会务组帮忙安排下周四下午的家长会，在报告厅，需要会场布置和音响");
    expect(row()?.flowId).toBe("meeting");
    expect(row()?.values).toMatchObject({ topic: "家长会", equipment: ["音响"] });
  });

  it("a suggestion is filed as one, with the suggestion kept for the review", () => {
    const { row } = opening("建议在图书馆增加自助复印机");
    expect(row()?.flowId).toBe("complaint");
    expect(row()?.values).toMatchObject({ kind: "suggestion", description: "建议在图书馆增加自助复印机" });
  });

  it("a notice's subject becomes its title and body, shown for editing", () => {
    const { row } = opening("帮忙发一个通知：周五下午停电检修");
    expect(row()?.values).toMatchObject({ title: "周五下午停电检修", content: "周五下午停电检修" });
  });

  it("a document to the district bureau is outgoing, with the bureau as the unit", () => {
    const { row } = opening("要给区教育局发一份文件");
    expect(row()?.values).toMatchObject({ direction: "send", sendingUnit: "区教育局" });
  });

  it("counts with units: '大概12个人' and '装订30本' are taken", () => {
    expect(opening("明天上午借105小会议室，大概12个人").row()?.values).toMatchObject({ attendees: 12 });
    expect(opening("帮忙装订30本练习册").row()?.values).toMatchObject({ copies: 30 });
  });

  it("'粉笔和板擦' are teaching consumables and the items asked for", () => {
    const { row } = opening("领粉笔和板擦");
    expect(row()?.values).toMatchObject({ kind: "teaching", items: ["粉笔", "板擦"] });
  });

  it("'办公文具' is a supplies request, not a document", () => {
    expect(opening("想领一些办公文具").row()?.flowId).toBe("supplies");
  });

  it("sick leave is referred to Human Resources in one reply", () => {
    const { replies, row } = opening("我想请三天病假");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain("人事处");
    expect(row()?.flowId ?? null).toBeNull();
  });

  it("chatter gets the short menu once, its list only in the choices", () => {
    const { replies } = opening("今天天气真好");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).not.toContain("报修");
    expect(replies[0]?.choices?.map((c) => c.value)).toContain("报修");
  });
});

describe("time ranges as people write them", () => {
  it("reads quarters: '9点半到10点一刻' and '3点一刻到4点三刻'", () => {
    const { user } = opening("借301会议室");
    expect(
      user
        .send("明天上午9点半到10点一刻")
        .map((r) => r.text)
        .join("\n"),
    ).toContain("用途");
    const quarters = opening("借105小会议室");
    expect(
      quarters.user
        .send("明天下午3点一刻到4点三刻")
        .map((r) => r.text)
        .join("\n"),
    ).toContain("用途");
    const time = quarters.row()?.values.time as { start: string; end: string };
    expect([new Date(time.start).toISOString(), new Date(time.end).toISOString()]).toEqual([
      "2026-11-27T07:15:00.000Z",
      "2026-11-27T08:45:00.000Z",
    ]);
  });

  it("an end time sent after a start that was asked for separately completes the range", () => {
    const { user, row } = opening("借301会议室");
    expect(
      user
        .send("明天下午3点")
        .map((r) => r.text)
        .join("\n"),
    ).toContain("结束时间");
    expect(
      user
        .send("4点半")
        .map((r) => r.text)
        .join("\n"),
    ).toContain("用途");
    const time = row()?.values.time as { start: string; end: string };
    expect(new Date(time.end).toISOString()).toBe("2026-11-27T08:30:00.000Z");
  });
});
