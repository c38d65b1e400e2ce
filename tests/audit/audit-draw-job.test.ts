import { afterEach, describe, expect, it } from "vitest";
import { auditProgress } from "../../src/audit/audit-progress.js";
import { drawAuditSample } from "../../src/domain/audit-draw.js";
import { addClosedTickets } from "../support/closed-tickets.js";
import { at, SchedulerHarness, serviceJobs } from "../support/scheduler-harness.js";

let h: SchedulerHarness;

afterEach(async () => {
  await h.close().catch(() => undefined);
  h.dispose();
});

const openWithServiceJobs = (start: string) => SchedulerHarness.open({ start, jobs: serviceJobs });

describe("the monthly audit draw job (G18)", () => {
  it("draws last month's closed tickets on the first working day, after the National Day holidays", async () => {
    h = await openWithServiceJobs("2026-09-30 12:00");
    addClosedTickets(h.app.db, {
      post: "houqin",
      count: 7,
      resolvedAt: at("2026-09-10 10:00"),
      clerk: "刘师傅",
    });
    addClosedTickets(h.app.db, {
      post: "wenyin",
      count: 3,
      resolvedAt: at("2026-09-29 16:00"),
      clerk: "李文员",
    });
    // Not in September: resolved in August, resolved on 1 October, refused, still open.
    addClosedTickets(h.app.db, { post: "houqin", count: 2, resolvedAt: at("2026-08-31 16:00") });
    addClosedTickets(h.app.db, { post: "houqin", count: 1, resolvedAt: at("2026-10-01 09:00") });
    addClosedTickets(h.app.db, {
      post: "houqin",
      count: 2,
      resolvedAt: at("2026-09-15 09:00"),
      status: "refused",
    });
    addClosedTickets(h.app.db, {
      post: "wenyin",
      count: 1,
      resolvedAt: at("2026-09-15 09:00"),
      status: "closed",
    });

    await h.tickUntil("2026-10-07 17:00", 30);
    expect(auditProgress(h.app.db, "2026-09")).toBeUndefined();

    await h.tickUntil("2026-10-08 09:00", 30);
    const progress = auditProgress(h.app.db, "2026-09")!;
    expect(progress.drawnAt).toEqual(at("2026-10-08 08:30"));
    expect(progress.posts.map((p) => [p.postId, p.closed, p.drawn])).toEqual([
      ["houqin", 7, 2],
      ["wenyin", 4, 1],
    ]);
    // Reproducible: the stored population and seed give exactly the stored sample.
    const redrawn = drawAuditSample(progress.population, progress.seed);
    expect(Object.values(redrawn).flat().sort()).toEqual(progress.items.map((i) => i.ticketId).sort());
    const notices = h.sentContaining("2026-09 的工单抽查已抽取", "张主任");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message.text).toContain("办结 11 件，抽查 3 件");
    expect(notices[0]!.message.choices).toEqual([{ label: "开始核对", value: "抽查 核对" }]);

    await h.tickUntil("2026-10-09 09:00", 30);
    expect(h.sentContaining("的工单抽查已抽取")).toHaveLength(1);
  });

  it("a bot that was down on the first working day draws on its first morning back", async () => {
    h = await openWithServiceJobs("2026-11-30 12:00");
    addClosedTickets(h.app.db, { post: "houqin", count: 4, resolvedAt: at("2026-11-20 10:00") });
    await h.tick();
    await h.crash();
    h.setNow("2026-12-03 10:15");
    h = await h.reopen({ jobs: serviceJobs });
    await h.tick();
    expect(auditProgress(h.app.db, "2026-11")).toMatchObject({
      closed: 4,
      drawn: 1,
      drawnAt: at("2026-12-03 10:15"),
    });
  });
});
