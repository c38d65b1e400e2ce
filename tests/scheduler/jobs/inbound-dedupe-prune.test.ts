import { afterEach, describe, expect, it } from "vitest";
import { inboundSeen } from "../../../src/db/schema.js";
import { inboundDedupePruneJob } from "../../../src/scheduler/jobs/inbound-dedupe-prune.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;
afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

const deliver = (eventId: string, text: string) =>
  h.app.engine.handle({ sender: { channel: "slack", userId: "U0TEACHER1" }, eventId, text });
const seenIds = () =>
  h.app.db
    .select()
    .from(inboundSeen)
    .all()
    .map((r) => r.eventId)
    .sort();

describe("inbound de-duplication table", () => {
  it("forgets ids older than the retention window every night and still catches a repeat inside it", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-20 10:00", jobs: () => [inboundDedupePruneJob(7)] });
    expect(deliver("Ev-old", "菜单")).not.toEqual([]);
    h.setNow("2026-11-26 10:00");
    expect(deliver("Ev-recent", "菜单")).not.toEqual([]);
    await h.tickUntil("2026-11-28 04:00", 15);

    // The night of the 28th (03:15) is more than 7 days after Ev-old, less than 7 after Ev-recent.
    expect(seenIds()).toEqual(["Ev-recent"]);
    expect(deliver("Ev-recent", "菜单")).toEqual([]);
  });
});
