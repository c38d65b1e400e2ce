import { getPost } from "../db/queries/people.js";
import { subscriberCounts } from "../db/queries/ticket-subscribers.js";
import { queuePage, queueTotal, type Ticket, ticketsOfRequester } from "../db/queries/tickets.js";
import { priorityMark } from "../domain/ticket-queue.js";
import { openStatuses } from "../domain/ticket-status.js";
import { texts } from "../engine/texts/index.js";
import type { HomeTicket, HomeView } from "../engine/views/home-view.js";
import type { CommandScope } from "../services/command-scope.js";
import { formatDue } from "./format-due.js";
import { ticketTexts } from "./texts/index.js";
import { listPageSize, queuePosts } from "./ticket-lists.js";
import { flowTitle, postName } from "./ticket-notices.js";

type Scope = CommandScope & { now: Date };

function homeTicket({ ctx, locale }: Scope, ticket: Ticket): HomeTicket {
  return {
    number: ticket.number,
    title: flowTitle(ctx, ticket.type, locale),
    summary: ticket.summary,
    status: texts(locale).status[ticket.status] ?? ticket.status,
    priority: ticket.priority,
    mark: priorityMark(ticket.priority),
  };
}

export function openTickets(scope: Scope): HomeTicket[] {
  return ticketsOfRequester(scope.tx, scope.person.id, 50)
    .filter((t) => openStatuses.includes(t.status) || t.status === "resolved")
    .map((t) => homeTicket(scope, t));
}

export function postQueue(scope: Scope): HomeView["queue"] {
  const { tx, locale, now, ctx } = scope;
  const postIds = queuePosts(scope);
  if (postIds.length === 0) return undefined;
  const total = queueTotal(tx, postIds, openStatuses);
  const page = queuePage(tx, { postIds, statuses: openStatuses, limit: listPageSize });
  // The page's tickets only: twenty ids at most.
  const followers = subscriberCounts(
    tx,
    page.map((t) => t.id),
  );
  const others = (t: Ticket) => {
    const n = followers.get(t.id);
    return n ? { summary: `${t.summary} · ${ticketTexts(locale).alsoReported(n)}` } : {};
  };
  return {
    posts: postIds.map((id) => postName(getPost(tx, id), locale)).join(locale === "zh" ? "、" : ", "),
    total,
    items: page.map((t) => ({
      ...homeTicket(scope, t),
      ...others(t),
      ...(t.nextDueAt ? { due: formatDue(t.nextDueAt, now, ctx.calendar, locale) } : {}),
      overdue: t.nextDueAt !== null && t.nextDueAt <= now && t.status !== "waiting",
    })),
  };
}
