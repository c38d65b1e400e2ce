import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { Db } from "../db/database.js";
import {
  bookingsStartingWithRooms,
  type ClockRow,
  clocksDueBetween,
  complaintCounts,
  ratingsBetween,
  ticketsCreatedBetween,
} from "../db/queries/dashboard.js";
import { allPosts, getPost } from "../db/queries/people.js";
import { earliestUnmetDue, openTicketsOfPosts } from "../db/queries/tickets.js";
import { type Priority, sortQueue } from "../domain/ticket-queue.js";
import { openStatuses } from "../domain/ticket-status.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";
import { formatDue } from "../tickets/format-due.js";
import { flowTitle, postName } from "../tickets/ticket-notices.js";
import type { Viewer } from "./dashboard-access.js";
import { dashboardTexts } from "./texts/index.js";

// The dashboard's one door to figures computed elsewhere. Until the KPI module (issue 12's kpiReport) is on main,
// the on-time figures below follow the definition over the SLA clocks directly (kpiNumbers in
// db/queries/kpi.ts is office-wide only and counts refused tickets as on time); swapping in kpiReport changes
// this file only. Audit and survey progress appear once their tables exist.

/** Clocks due in a span: how many counted, how many met in time; rate in % or null without any. */
export interface Rate {
  met: number;
  counted: number;
  rate: number | null;
}

export interface QueueRow {
  number: string;
  title: string;
  summary: string;
  priority: Priority;
  status: string;
  due: string | undefined;
  overdue: boolean;
}

export interface DashboardData {
  /** First day of the KPI period (this month) and today, school dates. */
  periodFrom: string;
  today: string;
  posts: string[];
  queue: { post: string; items: QueueRow[] }[];
  intake: { total: number; byType: { title: string; count: number }[] };
  kpi: {
    onTime: Rate;
    response: Rate;
    errorRate: { errors: number; complaints: number; rate: number | null };
    satisfaction: { mean: number | null; count: number; distribution: number[] };
  };
  trend: { week: string; opened: number; onTime: number | null }[];
  slaByType: ({ title: string } & Rate)[];
  bookingsToday: { time: string; room: string; purpose: string; status: string }[];
}

const weeksShown = 8;

// Withdrawn tickets are out; refused and referred ones are no completions, and not open either.
const notCounted = new Set<string>(["cancelled", "refused", "referred"]);

/**
 * The on-time rate of issue 12 (G16): clocks due in the span that were completed by their deadline ÷ those
 * completed or still open and overdue (issue 12's example: 5 on time, 1 late, 1 overdue → 5 of 7).
 */
export function onTimeRate(rows: readonly ClockRow[], now: Date): Rate {
  let met = 0;
  let counted = 0;
  for (const row of rows) {
    if (notCounted.has(row.status)) continue;
    const completed = row.metAt !== null;
    if (!completed && (row.dueAt > now || row.pausedAt !== null)) continue;
    counted += 1;
    if (completed && row.metAt! <= row.dueAt) met += 1;
  }
  return { met, counted, rate: counted === 0 ? null : (100 * met) / counted };
}

const percent = (n: number, d: number) => (d === 0 ? null : (100 * n) / d);

function queueOf(ctx: EngineContext, db: Db, viewer: Viewer, locale: Locale, now: Date) {
  const t = texts(locale);
  const postIds = viewer.postIds ?? allPosts(db).map((p) => p.id);
  const open = openTicketsOfPosts(db, postIds, openStatuses);
  const nextDue = earliestUnmetDue(
    db,
    open.map((o) => o.id),
  );
  const sorted = sortQueue(open.map((o) => ({ ...o, nextDueAt: nextDue.get(o.id) ?? null })));
  return postIds
    .map((postId) => ({
      post: postName(getPost(db, postId), locale),
      items: sorted
        .filter((o) => o.postId === postId)
        .map(
          (o): QueueRow => ({
            number: o.number,
            title: flowTitle(ctx, o.type, locale),
            summary: o.summary,
            priority: o.priority,
            status: t.status[o.status] ?? o.status,
            due: o.nextDueAt ? formatDue(o.nextDueAt, now, ctx.calendar, locale) : undefined,
            overdue: o.nextDueAt !== null && o.nextDueAt <= now && o.status !== "waiting",
          }),
        ),
    }))
    .filter((p) => p.items.length > 0 || viewer.postIds !== undefined);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Everything the dashboard shows to one viewer, now. */
export function dashboardData(ctx: EngineContext, viewer: Viewer, locale: Locale): DashboardData {
  const { db } = ctx;
  const now = ctx.clock();
  const zone = ctx.settings.timeZone;
  const local = DateTime.fromJSDate(now, { zone });
  const today = local.startOf("day");
  const month = local.startOf("month");
  const firstWeek = local.startOf("week").minus({ weeks: weeksShown - 1 });
  const from = DateTime.min(month, firstWeek).toJSDate();
  const soon = new Date(now.getTime() + 1);
  const postIds = viewer.postIds;

  const created = ticketsCreatedBetween(db, from, soon, postIds);
  const clocks = clocksDueBetween(db, from, soon, postIds);
  const inMonth = (at: Date) => at >= month.toJSDate();
  const monthClocks = clocks.filter((c) => inMonth(c.dueAt));
  const resolution = monthClocks.filter((c) => c.milestone === "resolution");

  const intake = created.filter((c) => c.createdAt >= today.toJSDate());
  const complaints = complaintCounts(db, month.toJSDate(), soon, postIds);
  const scores = ratingsBetween(db, month.toJSDate(), soon, postIds).map((r) => r.score);
  const bookingRows = bookingsStartingWithRooms(db, today.toJSDate(), today.plus({ days: 1 }).toJSDate())
    .filter((b) => postIds === undefined || (b.postId !== null && postIds.includes(b.postId)))
    .filter((b) => b.status !== "cancelled" && b.status !== "rejected");
  const bookingStatus = dashboardTexts(locale).bookingStatus;
  const hhmm = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat("HH:mm");

  return {
    periodFrom: month.toISODate()!,
    today: today.toISODate()!,
    posts: (postIds ?? []).map((id) => postName(getPost(db, id), locale)),
    queue: queueOf(ctx, db, viewer, locale, now),
    intake: {
      total: intake.length,
      byType: [...countBy(intake, (c) => c.type)].map(([type, count]) => ({
        title: flowTitle(ctx, type, locale),
        count,
      })),
    },
    kpi: {
      onTime: onTimeRate(resolution, now),
      response: onTimeRate(
        monthClocks.filter((c) => c.milestone === "response"),
        now,
      ),
      errorRate: {
        ...complaints,
        complaints: complaints.total,
        rate: percent(complaints.errors, complaints.total),
      },
      satisfaction: {
        mean: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
        count: scores.length,
        distribution: [1, 2, 3, 4, 5].map((s) => scores.filter((x) => x === s).length),
      },
    },
    trend: Array.from({ length: weeksShown }, (_, i) => {
      const start = firstWeek.plus({ weeks: i });
      const [a, b] = [start.toJSDate(), start.plus({ weeks: 1 }).toJSDate()];
      const within = (at: Date) => at >= a && at < b;
      return {
        week: start.toFormat("MM-dd"),
        opened: created.filter((c) => within(c.createdAt)).length,
        onTime: onTimeRate(
          clocks.filter((c) => c.milestone === "resolution" && within(c.dueAt)),
          now,
        ).rate,
      };
    }),
    slaByType: [...new Set(resolution.map((c) => c.type))].map((type) => ({
      title: flowTitle(ctx, type, locale),
      ...onTimeRate(
        resolution.filter((c) => c.type === type),
        now,
      ),
    })),
    bookingsToday: bookingRows.map((b) => ({
      time: `${hhmm(b.startAt)}–${hhmm(b.endAt)}`,
      room: locale === "en" ? (b.roomNameEn ?? b.roomName) : b.roomName,
      purpose: b.purpose,
      status: bookingStatus[b.status] ?? b.status,
    })),
  };
}
