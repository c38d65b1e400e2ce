import { DateTime } from "luxon";
import { monthOf, previousMonth } from "../audit/audit-months.js";
import { type AuditProgress, auditProgress } from "../audit/audit-progress.js";
import type { Locale } from "../core/locale.js";
import type { Db } from "../db/database.js";
import { bookingsStartingWithRooms } from "../db/queries/dashboard.js";
import { allPosts, getPost } from "../db/queries/people.js";
import { queuePage, queueTotal } from "../db/queries/tickets.js";
import type { ClockRate } from "../domain/kpi.js";
import type { Priority } from "../domain/ticket-queue.js";
import { openStatuses } from "../domain/ticket-status.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";
import { kpiReport } from "../supervision/kpi-report.js";
import { surveyResults } from "../survey/survey-results.js";
import { formatDue } from "../tickets/format-due.js";
import { flowTitle, postName } from "../tickets/ticket-notices.js";
import type { Viewer } from "./dashboard-access.js";
import { dashboardTexts } from "./texts/index.js";

// The dashboard's one door to figures computed elsewhere: KPIs from the supervision module (kpiReport, with the
// definitions of src/domain/kpi.ts), the audit's progress and the survey's results from their services.

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
  queue: { post: string; total: number; items: QueueRow[] }[];
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
  /** The audit being worked (last month's, or the one before until it is drawn), for the viewer's posts. */
  audit: { month: string; drawn: number; checked: number; problems: number } | undefined;
  /** The newest semester survey's published figures. */
  survey:
    | {
        semester: string;
        asked: number;
        answered: number;
        items: { text: string; mean: number | null; belowTarget: boolean }[];
      }
    | undefined;
}

const weeksShown = 8;
/** A post's queue on the page is cut at this many tickets (in queue order); the heading shows the total. */
const queueShownPerPost = 50;

const rateOf = (clock: ClockRate): Rate => ({
  met: clock.onTime,
  counted: clock.counted,
  rate: clock.rate ?? null,
});

function queueOf(ctx: EngineContext, db: Db, viewer: Viewer, locale: Locale, now: Date) {
  const t = texts(locale);
  const postIds = viewer.postIds ?? allPosts(db).map((p) => p.id);
  return postIds
    .map((postId) => ({
      post: postName(getPost(db, postId), locale),
      total: queueTotal(db, [postId], openStatuses),
      items: queuePage(db, { postIds: [postId], statuses: openStatuses, limit: queueShownPerPost }).map(
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

function auditOf(ctx: EngineContext, viewer: Viewer): DashboardData["audit"] {
  const last = previousMonth(monthOf(ctx.calendar.localDate(ctx.clock())));
  const progress: AuditProgress | undefined =
    auditProgress(ctx.db, last) ?? auditProgress(ctx.db, previousMonth(last));
  if (!progress) return undefined;
  const posts = progress.posts.filter(
    (p) => viewer.postIds === undefined || viewer.postIds.includes(p.postId),
  );
  const total = (pick: (p: (typeof posts)[number]) => number) => posts.reduce((sum, p) => sum + pick(p), 0);
  return {
    month: progress.month,
    drawn: total((p) => p.drawn),
    checked: total((p) => p.checked),
    problems: total((p) => p.problems),
  };
}

function surveyOf(ctx: EngineContext): DashboardData["survey"] {
  const results = surveyResults(ctx.db, "current");
  if (results?.status !== "sent") return undefined;
  return {
    semester: results.semester,
    asked: results.asked,
    answered: results.answered,
    items: results.questions
      .filter((q) => q.kind === "scale")
      .map((q) => ({ text: q.text, mean: q.mean, belowTarget: q.belowTarget })),
  };
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
  const soon = new Date(now.getTime() + 1);
  const postIds = viewer.postIds;
  const report = (from: DateTime, to: Date, withoutComplaints = false) =>
    kpiReport(ctx, { from: from.toJSDate(), to, postIds, now, withoutComplaints });

  const monthly = report(month, soon);
  const intake = report(today, soon, true);
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
      total: intake.opened,
      byType: intake.byType
        .filter((x) => x.opened > 0)
        .map((x) => ({ title: flowTitle(ctx, x.type, locale), count: x.opened })),
    },
    kpi: {
      onTime: rateOf(monthly.onTime),
      response: rateOf(monthly.clocks.response),
      errorRate: {
        errors: monthly.errors.operatorErrors,
        complaints: monthly.errors.complaints,
        rate: monthly.errors.rate ?? null,
      },
      satisfaction: {
        mean: monthly.satisfaction.mean ?? null,
        count: monthly.satisfaction.count,
        distribution: [...monthly.satisfaction.distribution],
      },
    },
    trend: Array.from({ length: weeksShown }, (_, i) => {
      const start = firstWeek.plus({ weeks: i });
      const end = start.plus({ weeks: 1 }).toJSDate();
      const week = report(start, end < soon ? end : soon, true);
      return { week: start.toFormat("MM-dd"), opened: week.opened, onTime: week.onTime.rate ?? null };
    }),
    slaByType: monthly.byType
      .filter((x) => x.onTime.counted > 0)
      .map((x) => ({ title: flowTitle(ctx, x.type, locale), ...rateOf(x.onTime) })),
    bookingsToday: bookingRows.map((b) => ({
      time: `${hhmm(b.startAt)}–${hhmm(b.endAt)}`,
      room: locale === "en" ? (b.roomNameEn ?? b.roomName) : b.roomName,
      purpose: b.purpose,
      status: bookingStatus[b.status] ?? b.status,
    })),
    audit: auditOf(ctx, viewer),
    survey: surveyOf(ctx),
  };
}
