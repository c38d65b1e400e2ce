import type { Locale } from "../../core/locale.js";
import type { Tx } from "../../db/database.js";
import { allPosts, getPost, membersOfPost, type Person } from "../../db/queries/people.js";
import { openTicketsOfPosts, type Ticket, unmetDeadlines } from "../../db/queries/tickets.js";
import { priorityMark, sortQueue } from "../../domain/ticket-queue.js";
import { openStatuses } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import { texts } from "../../engine/texts/index.js";
import { formatDue } from "../../tickets/format-due.js";
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

function digestText(
  ctx: EngineContext,
  tx: Tx,
  person: Person,
  postIds: string[],
  now: Date,
): string | undefined {
  const open = openTicketsOfPosts(tx, postIds, openStatuses);
  if (open.length === 0) return undefined;
  const locale = localeOf(ctx, person);
  const nextDue = earliestDue(tx, open);
  const items = sortQueue(open.map((ticket) => ({ ...ticket, nextDueAt: nextDue.get(ticket.id) ?? null })));
  const overdue = (o: (typeof items)[number]) =>
    o.status !== "waiting" && !!o.nextDueAt && o.nextDueAt <= now;
  const ordered = [...items.filter(overdue), ...items.filter((o) => !overdue(o))];
  const lines = ordered.map((o) => queueLine(ctx, o, overdue(o), locale, now));
  const posts = postIds.map((id) => postName(getPost(tx, id), locale)).join(locale === "zh" ? "、" : ", ");
  const t = schedulerTexts(locale);
  return [
    t.dailyTitle(person.name, posts, open.length, ordered.filter(overdue).length),
    ...lines,
    t.dailyFooter,
  ].join("\n");
}

function earliestDue(tx: Tx, open: readonly Ticket[]): Map<number, Date> {
  const nextDue = new Map<number, Date>();
  for (const d of unmetDeadlines(
    tx,
    open.map((o) => o.id),
  )) {
    const current = nextDue.get(d.ticketId);
    if (!current || d.dueAt < current) nextDue.set(d.ticketId, d.dueAt);
  }
  return nextDue;
}

function queueLine(
  ctx: EngineContext,
  o: Ticket & { nextDueAt: Date | null },
  overdue: boolean,
  locale: Locale,
  now: Date,
): string {
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
