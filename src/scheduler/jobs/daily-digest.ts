import type { Locale } from "../../core/locale.js";
import type { Tx } from "../../db/database.js";
import { allPosts, getPost, membersOfPost, type Person } from "../../db/queries/people.js";
import { countQueue, type QueuedTicket, queuePage } from "../../db/queries/tickets.js";
import { priorityMark } from "../../domain/ticket-queue.js";
import { openStatuses } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import { texts } from "../../engine/texts/index.js";
import { formatDue } from "../../tickets/format-due.js";
import { listPageSize } from "../../tickets/ticket-lists.js";
import { flowTitle, localeOf, postName } from "../../tickets/ticket-notices.js";
import type { Job } from "../job.js";
import { dailyAt } from "../job-options.js";
import { servingWorkingDay } from "../morning-window.js";
import { queueMessages } from "../queue-messages.js";
import { schedulerTexts } from "../texts/index.js";

/**
 * At the start of each working day every clerk gets their posts' open tickets, overdue ones first. Skipped on
 * non-working days; one digest per person and day even when a restart runs the job again.
 */
export function dailyDigestJob(at: string): Job {
  return {
    name: "daily-digest",
    schedule: dailyAt(at),
    run: (ctx, now) => void sendDailyDigests(ctx, now, at),
  };
}

export function sendDailyDigests(ctx: EngineContext, now: Date, at: string): number {
  const day = servingWorkingDay(ctx, now, at);
  if (!day) return 0;
  return queueMessages(ctx, now, function* (tx) {
    for (const { person, postIds } of clerks(tx)) {
      const text = digestText(ctx, tx, person, postIds, now);
      if (!text) continue;
      yield {
        dedupeKey: `daily-digest:${person.id}:${day}`,
        recipientId: person.id,
        kind: "daily-digest",
        message: { text },
      };
    }
  });
}

/** Everyone holding a post that tickets are routed to (the head's post has no queue of its own). */
function clerks(tx: Tx): { person: Person; postIds: string[] }[] {
  const byPerson = new Map<number, { person: Person; postIds: string[] }>();
  for (const post of allPosts(tx).filter((p) => !p.isHead)) {
    for (const person of membersOfPost(tx, post.id)) {
      const entry = byPerson.get(person.id) ?? { person, postIds: [] };
      entry.postIds.push(post.id);
      byPerson.set(person.id, entry);
    }
  }
  return [...byPerson.values()];
}

/** The first page of the posts' queue, overdue first; the title gives the totals, the footer the rest. */
function digestText(
  ctx: EngineContext,
  tx: Tx,
  person: Person,
  postIds: string[],
  now: Date,
): string | undefined {
  const counts = countQueue(tx, postIds, openStatuses, now);
  if (counts.total === 0) return undefined;
  const locale = localeOf(ctx, person);
  const page = queuePage(tx, { postIds, statuses: openStatuses, limit: listPageSize, overdueFirstAt: now });
  const overdue = (o: QueuedTicket) => o.status !== "waiting" && !!o.nextDueAt && o.nextDueAt <= now;
  const lines = page.map((o) => queueLine(ctx, o, overdue(o), locale, now));
  const posts = postIds.map((id) => postName(getPost(tx, id), locale)).join(locale === "zh" ? "、" : ", ");
  const t = schedulerTexts(locale);
  const rest =
    counts.total > page.length ? [texts(locale).listPage(1, page.length, counts.total, false)] : [];
  return [
    t.dailyTitle(person.name, posts, counts.total, counts.overdue),
    ...lines,
    ...rest,
    t.dailyFooter,
  ].join("\n");
}

function queueLine(ctx: EngineContext, o: QueuedTicket, overdue: boolean, locale: Locale, now: Date): string {
  const t = texts(locale);
  const due = o.nextDueAt ? ` · ${formatDue(o.nextDueAt, now, ctx.calendar, locale)}` : "";
  const line = t.ticketLine(
    o.number,
    flowTitle(ctx, o.type, locale),
    o.summary,
    t.status[o.status] ?? o.status,
  );
  return `${priorityMark(o.priority)}${line}${due}${overdue ? ` ${t.overdueMark}` : ""}`;
}
