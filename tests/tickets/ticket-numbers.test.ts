import { describe, expect, it } from "vitest";
import { tickets } from "../../src/db/schema.js";
import {
  type EngineHarness,
  engineHarnessPerTest,
  shanghai,
  ticketNumberIn,
} from "../support/engine-harness.js";

const h = engineHarnessPerTest();

function toReview(harness: EngineHarness, name: string) {
  const teacher = harness.user(name);
  teacher.say("投影仪坏了");
  teacher.say("教学楼A301");
  teacher.say("分机 8021");
  return teacher;
}

describe("ticket numbers (G1/G11: 综合办-YYYYMMDD-NNN)", () => {
  it("two tickets confirmed at the same millisecond through two apps on one file get 001 and 002", async () => {
    const other = await h.sibling();
    try {
      const first = toReview(h, "王老师");
      const second = toReview(other, "李老师");
      const numbers = [ticketNumberIn(first.say("确认")), ticketNumberIn(second.say("确认"))];
      expect(numbers).toEqual(["综合办-20261126-001", "综合办-20261126-002"]);
    } finally {
      await other.close();
    }
    expect(
      h.db
        .select({ number: tickets.number })
        .from(tickets)
        .all()
        .map((t) => t.number),
    ).toEqual(["综合办-20261126-001", "综合办-20261126-002"]);
  });

  it("numbers follow on within a day and start again at 001 on the next school day", () => {
    const names = ["王老师", "李老师", "赵老师"];
    const numbers = names.map((name) => ticketNumberIn(toReview(h, name).say("确认")));
    expect(numbers).toEqual(["综合办-20261126-001", "综合办-20261126-002", "综合办-20261126-003"]);
    h.clock.set(shanghai("2026-11-27 00:10"));
    expect(ticketNumberIn(toReview(h, "王老师").say("确认"))).toBe("综合办-20261127-001");
  });
});
