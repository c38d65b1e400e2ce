import { expect, it } from "vitest";
import { findStaffByName } from "../../../src/db/queries/people.js";
import { insertTicket } from "../../../src/db/queries/tickets.js";
import { engineHarnessPerTest } from "../../support/engine-harness.js";

const h = engineHarnessPerTest();

it("'查询' shows a stored answer that no longer fits its field as it was written, instead of failing", () => {
  // A meeting ticket from before the flow asked for equipment as a list: the answer was stored as one text.
  const head = findStaffByName(h.db, "张主任");
  if (!head) throw new Error("no 张主任 in the directory");
  const meeting = h.app.context.flows.get("meeting")!;
  const now = h.clock.read();
  const number = "综合办-20261126-901";
  insertTicket(h.db, {
    number,
    type: meeting.id,
    flowVersion: meeting.version - 1,
    fields: { equipment: "投影仪和两个话筒" },
    summary: "期末教研会",
    requesterId: head.id,
    postId: meeting.post,
    priority: "normal",
    status: "new",
    channel: "console",
    createdAt: now,
    updatedAt: now,
  });
  const reply = h.user("张主任").say(`查询 ${number}`);
  expect(reply).toContain(number);
  expect(reply).toContain("投影仪和两个话筒");
});
