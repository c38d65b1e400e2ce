import { describe, expect, it } from "vitest";
import { unratedResolvedQuery } from "../../src/db/queries/rating-reminders.js";
import { countQueue, queuePage, queuePageQuery } from "../../src/db/queries/tickets.js";
import { openStatuses } from "../../src/domain/ticket-status.js";
import { type BulkTicket, insertTickets } from "../support/bulk-tickets.js";
import { engineHarnessPerTest, shanghai } from "../support/engine-harness.js";

const h = engineHarnessPerTest();

const now = shanghai("2026-11-26 10:00");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

/** A 后勤 ticket created `createdMinutes` from now, with one running clock due `dueMinutes` from now (or none). */
function ticket(
  number: string,
  priority: BulkTicket["priority"],
  createdMinutes: number,
  dueMinutes: number | null,
  status = "new",
) {
  insertTickets(h.db, [
    {
      number,
      priority,
      status,
      createdAt: minutes(createdMinutes),
      ...(dueMinutes === null ? {} : { dueAt: minutes(dueMinutes) }),
    },
  ]);
}

const page = (limit: number, offset = 0, overdueFirst = false) =>
  queuePage(h.db, {
    postIds: ["houqin"],
    statuses: openStatuses,
    limit,
    offset,
    ...(overdueFirst ? { overdueFirstAt: now } : {}),
  }).map((t) => t.number);

describe("a queue page, ordered and cut in SQL (G13)", () => {
  it("puts urgent first, important next, then the earlier deadline, then first come first served", () => {
    ticket("normal-early", "normal", -50, null);
    ticket("normal-due-late", "normal", -40, 300);
    ticket("normal-due-soon", "normal", -30, 60);
    ticket("important", "important", -20, 600);
    ticket("urgent", "urgent", -10, 900);
    ticket("normal-late", "normal", -5, null);
    expect(page(10)).toEqual([
      "urgent",
      "important",
      "normal-due-soon",
      "normal-due-late",
      "normal-early",
      "normal-late",
    ]);
  });

  it("pages through the whole queue without repeating or losing a ticket, and counts it all", () => {
    for (let i = 0; i < 45; i++) ticket(`T${String(i).padStart(2, "0")}`, "normal", -100 + i, null);
    const pages = [page(20), page(20, 20), page(20, 40)];
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(Array.from({ length: 45 }, (_, i) => `T${String(i).padStart(2, "0")}`));
    expect(countQueue(h.db, ["houqin"], openStatuses, now)).toEqual({ total: 45, overdue: 0 });
  });

  it("for the morning digest, puts overdue tickets first; waiting ones are never overdue", () => {
    ticket("urgent-later", "urgent", -30, 120);
    ticket("normal-overdue", "normal", -300, -60);
    ticket("waiting-past-due", "normal", -400, -120, "waiting");
    expect(page(10, 0, true)).toEqual(["normal-overdue", "urgent-later", "waiting-past-due"]);
    expect(countQueue(h.db, ["houqin"], openStatuses, now)).toEqual({ total: 3, overdue: 1 });
  });
});

describe("the indexes the lists and reports need (EXPLAIN QUERY PLAN)", () => {
  // Placeholders (the reminder's "after" and "upTo") are bound as 0 for the plan.
  const bindable = (p: unknown) => (typeof p === "object" && p !== null ? 0 : p);
  const plan = (query: { sql: string; params: unknown[] }) =>
    (
      h.db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params.map(bindable)) as {
        detail: string;
      }[]
    )
      .map((r) => r.detail)
      .join("\n");
  const planOf = (sql: string, ...params: unknown[]) => plan({ sql, params });

  it("ranks a queue page from the post's queue index and each ticket's unmet clocks alone, then reads the page's rows", () => {
    const details = plan(
      queuePageQuery(h.db, { postIds: ["houqin", "wenyin"], statuses: openStatuses, limit: 20 }).toSQL(),
    );
    expect(details).toMatch(/SEARCH tickets USING COVERING INDEX tickets_post_queue/);
    expect(details).toMatch(/SEARCH ticket_deadlines USING COVERING INDEX ticket_deadlines_unmet/);
    expect(details).toMatch(/SEARCH tickets USING INTEGER PRIMARY KEY/);
  });

  it("lists a requester's newest tickets from the (requester, created) index without sorting", () => {
    const details = planOf(
      "select * from tickets where requester_id = ? order by created_at desc, id desc limit 20",
      1,
    );
    expect(details).toMatch(/USING INDEX tickets_requester_created/);
  });

  it("finds tickets resolved in a period (rating reminder, KPI) through the resolved_at index", () => {
    expect(plan(unratedResolvedQuery(h.db).toSQL())).toMatch(/tickets USING INDEX tickets_resolved/);
    expect(planOf("select count(*) from tickets where resolved_at >= ? and resolved_at < ?", 0, 1)).toMatch(
      /USING (COVERING )?INDEX tickets_resolved/,
    );
  });

  it("reads clocks by milestone and period, running clocks past due, ratings by period, bookings by ticket", () => {
    expect(
      planOf(
        "select count(*) from ticket_deadlines where milestone = 'resolution' and due_at >= ? and due_at < ?",
        0,
        1,
      ),
    ).toMatch(/USING (COVERING )?INDEX ticket_deadlines_milestone_due/);
    expect(
      planOf(
        "select distinct ticket_id from ticket_deadlines where met_at is null and paused_at is null and due_at <= ?",
        1,
      ),
    ).toMatch(/USING (COVERING )?INDEX ticket_deadlines_(open_due|unmet)/);
    expect(planOf("select avg(score) from ratings where updated_at >= ? and updated_at < ?", 0, 1)).toMatch(
      /USING INDEX ratings_updated/,
    );
    expect(planOf("select * from bookings where ticket_id = ?", 1)).toMatch(/USING INDEX bookings_ticket/);
  });
});
