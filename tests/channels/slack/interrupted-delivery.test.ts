import { eq } from "drizzle-orm";
import { afterEach, expect, test } from "vitest";
import { deliveryInterrupted } from "../../../src/db/queries/outbox.js";
import { outbox } from "../../../src/db/schema.js";
import { shanghai } from "../../support/engine-harness.js";
import { SlackHarness, teacher, technician } from "../../support/slack-harness.js";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const start = shanghai("2026-11-25 10:00");
const afterLease = new Date(start.getTime() + 3 * 60_000);

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition()).toBe(true);
}

/** A repair up to its review; "确认" then creates the ticket and the clerk's notice. */
async function repairUpForReview(harness: SlackHarness): Promise<void> {
  await harness.requests.dm(teacher, "教学楼A301 投影仪不亮");
  await harness.requests.dm(teacher, "分机 8021");
  await harness.settle();
}

test("a kill between Slack taking a notice and marking it sent gives no second notice after the restart", async () => {
  const first = await SlackHarness.open({ now: start });
  await repairUpForReview(first);
  // Slack posts the clerk's notice, but the answer never reaches the bot: the process dies waiting for it.
  first.fake.neverAnswerNext("chat.postMessage", technician.id);
  await first.requests.dm(teacher, "确认");
  await first.slack.settled();
  await until(() => first.fake.postedTo(technician.id).length === 1);
  await first.crash();

  h = await SlackHarness.open({ dir: first.dir, fake: first.fake, now: afterLease });
  await h.settle();

  expect(h.fake.postedTo(technician.id)).toHaveLength(1);
  expect(h.fake.postedTo(technician.id)[0]!.args.metadata).toMatchObject({
    event_type: "office_desk_outbox",
  });
  expect(h.fake.of("conversations.history")).toHaveLength(1);
  const notice = h.app.db
    .select()
    .from(outbox)
    .all()
    .find((r) => r.kind !== "reply");
  expect(notice).toMatchObject({ status: "sent", lastError: null });
});

test("a notice cut off before it reached Slack is still sent after the restart, once", async () => {
  h = await SlackHarness.open({ now: start });
  await repairUpForReview(h);
  h.fake.failNext("chat.postMessage", { status: 503, to: technician.id });
  await h.requests.dm(teacher, "确认");
  await h.settle();
  expect(h.fake.postedTo(technician.id)).toHaveLength(0);
  // The state a kill right after the claim leaves: attempt counted, outcome unknown, lease over.
  const row = h.app.db
    .select()
    .from(outbox)
    .all()
    .find((r) => r.status === "pending")!;
  h.app.db
    .update(outbox)
    .set({ lastError: deliveryInterrupted, nextAttemptAt: start })
    .where(eq(outbox.id, row.id))
    .run();
  await h.settle();

  expect(h.fake.postedTo(technician.id)).toHaveLength(1);
  expect(h.fake.of("conversations.history")).toHaveLength(1);
});
