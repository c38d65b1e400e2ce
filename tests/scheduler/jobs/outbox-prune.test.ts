import { afterEach, describe, expect, it } from "vitest";
import { enqueue, updateOutbox } from "../../../src/db/queries/outbox.js";
import { outbox } from "../../../src/db/schema.js";
import { outboxPruneJob } from "../../../src/scheduler/jobs/outbox-prune.js";
import { shanghai } from "../../support/engine-harness.js";
import { SchedulerHarness } from "../../support/scheduler-harness.js";

let h: SchedulerHarness;
afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

describe("sent notices are kept for a retention window", () => {
  it("deletes sent notices older than the window every night and keeps recent, pending and failed ones", async () => {
    h = await SchedulerHarness.open({ start: "2026-11-20 10:00", jobs: () => [outboxPruneJob(31)] });
    const db = h.app.db;
    const recipientId = (db.$client.prepare("select id from people limit 1").get() as { id: number }).id;
    const notice = (key: string, status: "sent" | "failed" | "pending", at: string) => {
      const when = shanghai(at);
      enqueue(db, { dedupeKey: key, recipientId, kind: "test", message: { text: key }, now: when });
      const row = db.$client.prepare("select id from outbox where dedupe_key = ?").get(key) as { id: number };
      updateOutbox(db, row.id, { status, ...(status === "sent" ? { sentAt: when } : {}) });
    };
    notice("sent-october", "sent", "2026-10-20 10:00");
    notice("failed-october", "failed", "2026-10-20 10:00");
    notice("pending-october", "pending", "2026-10-20 10:00");
    notice("sent-november", "sent", "2026-11-10 10:00");

    await h.tickUntil("2026-11-22 04:00", 15);

    const left = db
      .select()
      .from(outbox)
      .all()
      .map((r) => r.dedupeKey)
      .sort();
    expect(left).toEqual(["failed-october", "pending-october", "sent-november"]);
  });
});
