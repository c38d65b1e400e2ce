import { afterEach, describe, expect, test } from "vitest";
import { registeredDocument } from "../../../src/db/queries/documents.js";
import { getTicketByNumber } from "../../../src/db/queries/tickets.js";
import { ticketNumberIn } from "../../support/engine-harness.js";
import { meetingsClerk, SlackHarness, teacher } from "../../support/slack-harness.js";
import { buttonLabels } from "../../support/slack-requests.js";

let h: SlackHarness;
afterEach(async () => h.close());

describe("an outgoing document signed for on Slack (G1)", () => {
  test("the recipient presses 签收 in the DM and the register records who and when", async () => {
    h = await SlackHarness.open();
    for (const text of [
      "向区教育局发文，内部，5页",
      "关于申报先进集体的报告",
      "跳过",
      meetingsClerk.name,
      "跳过",
    ]) {
      await h.requests.dm(teacher, text);
      await h.settle();
    }
    const review = h.lastPostedTo(teacher.dm);
    expect(String(review.args.text)).toContain(`签收人：${meetingsClerk.name}`);
    await h.requests.press(teacher.id, review, "确认");
    await h.settle();
    const number = ticketNumberIn(String(h.lastPostedTo(teacher.dm).args.text));

    const request = h.lastPostedTo(meetingsClerk.id);
    expect(String(request.args.text)).toContain(`【发文签收】${number}`);
    expect(buttonLabels(request)).toEqual(["签收"]);
    await h.requests.press(meetingsClerk.id, request, "签收");
    await h.settle();

    expect(String(h.lastPostedTo(meetingsClerk.dm).args.text)).toContain(`已签收 ${number}`);
    const entry = registeredDocument(h.app.db, getTicketByNumber(h.app.db, number)!.id);
    expect(entry?.signedById).toBe(h.personBySlackId(meetingsClerk.id)?.id);
    expect(entry?.signedAt).toEqual(h.clock.read());
    expect(h.textTo(teacher.id)).toContain(`已由 ${meetingsClerk.name} 于`);
  });
});
