import { afterEach, describe, expect, it } from "vitest";
import { drawMonth } from "../../../src/audit/audit-draw-job.js";
import { auditItems } from "../../../src/db/tables/audit.js";
import { addClosedTickets } from "../../support/closed-tickets.js";
import { shanghai } from "../../support/engine-harness.js";
import { FakeSlackApi } from "../../support/slack-fake-api.js";
import { officeHead, SlackHarness } from "../../support/slack-harness.js";
import { buttonLabels } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

const head = { ...officeHead, dm: "D0HEAD0001" };

describe("the monthly audit on Slack (G18)", () => {
  it("the head is told in a DM and presses the three checks as buttons", async () => {
    const fake = await FakeSlackApi.start({ [head.id]: head.name });
    h = await SlackHarness.open({ now: shanghai("2026-12-01 09:00"), fake });
    addClosedTickets(h.app.db, {
      post: "houqin",
      count: 2,
      resolvedAt: shanghai("2026-11-12 10:00"),
      clerk: "刘师傅",
    });
    h.app.db.transaction((tx) => drawMonth(h.app.context, tx, "2026-11", shanghai("2026-12-01 09:00"), 99));
    await h.settle();
    const notice = h.lastPostedTo(head.id);
    expect(String(notice.args.text)).toContain("2026-11 的工单抽查已抽取");
    expect(buttonLabels(notice)).toEqual(["开始核对"]);

    await h.requests.press(head.id, notice, "开始核对");
    await h.settle();
    const paper = h.lastPostedTo(head.dm);
    expect(String(paper.args.text)).toContain("纸质登记：与工单记录相符吗？");
    expect(buttonLabels(paper)).toEqual(["相符", "有问题"]);
    await h.requests.press(head.id, paper, "有问题");
    await h.settle();
    const ledger = h.lastPostedTo(head.dm);
    expect(String(ledger.args.text)).toContain("电子台账");
    await h.requests.press(head.id, ledger, "相符");
    await h.settle();
    const followUp = h.lastPostedTo(head.dm);
    expect(String(followUp.args.text)).toContain("回访记录");
    await h.requests.press(head.id, followUp, "相符");
    await h.settle();
    expect(buttonLabels(h.lastPostedTo(head.dm))).toEqual(["无"]);
    await h.requests.dm(head, "登记簿缺这一单");
    await h.settle();
    expect(h.textTo(head.dm)).toContain("纸质登记有问题，已列入经办人的重训名单");
    expect(
      h.app.db
        .select()
        .from(auditItems)
        .all()
        .filter((r) => r.checkedAt !== null),
    ).toMatchObject([{ paper: "problem", ledger: "ok", followUp: "ok", note: "登记簿缺这一单" }]);
  });
});
