import { afterEach, describe, expect, test } from "vitest";
import { allSupplyItems } from "../../../src/db/queries/supplies.js";
import { ticketNumberIn } from "../../support/engine-harness.js";
import { FakeSlackApi } from "../../support/slack-fake-api.js";
import { meetingsClerk, SlackHarness, teacher, technician } from "../../support/slack-harness.js";
import { buttonLabels } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

/** 李主任 of the example directory: the teaching department's approver of teaching consumables. */
const approver = { id: "U0JIAOWU01", name: "李主任" };

describe("teaching consumables approved and issued with Slack buttons (G8)", () => {
  test("the approver's 同意领用 then the desk's 发放 reduce the stock and tell the teacher when to collect", async () => {
    const fake = await FakeSlackApi.start({
      [teacher.id]: teacher.name,
      [technician.id]: technician.name,
      [meetingsClerk.id]: meetingsClerk.name,
      [approver.id]: approver.name,
    });
    h = await SlackHarness.open({ fake }); // Wednesday 2026-11-25 10:00
    await h.requests.dm(teacher, "申领粉笔5盒");
    await h.settle();
    await h.requests.dm(teacher, "跳过");
    await h.settle();
    await h.requests.press(teacher.id, h.lastPostedTo(teacher.dm), "确认");
    await h.settle();
    const number = ticketNumberIn(String(h.lastPostedTo(teacher.dm).args.text));

    const ask = h.lastPostedTo(approver.id);
    expect(String(ask.args.text)).toContain(`【教学耗材审批】王老师申领 粉笔 5盒（${number}）`);
    expect(buttonLabels(ask)).toEqual(["同意领用", "不同意领用"]);
    // The desk is told it waits for the approval, with no button to issue yet.
    expect(String(h.lastPostedTo(technician.id).args.text)).toContain("教学耗材须先经教学部门审批");
    expect(buttonLabels(h.lastPostedTo(technician.id))).toEqual([]);

    await h.requests.press(approver.id, ask, "同意领用");
    await h.settle();
    expect(h.textTo(teacher.id)).toContain(`您的教学耗材申领 ${number} 已经李主任审批通过`);
    const ready = h.lastPostedTo(technician.id);
    expect(String(ready.args.text)).toContain(`【可发放】${number}（粉笔 5盒）`);
    expect(buttonLabels(ready)).toEqual(["发放", "不予发放"]);

    await h.requests.press(technician.id, ready, "发放");
    await h.settle();
    expect(allSupplyItems(h.app.db).find((i) => i.name === "粉笔")!.stock).toBe(45);
    expect(h.textTo(teacher.id)).toContain(
      "物品已备好：粉笔 5盒。请于 11月26日(周四) 09:00–11:00 到服务台领取。",
    );
    expect(h.ticketRows()).toMatchObject([{ number, status: "resolved" }]);
  });
});
