import { allPosts, getPost } from "../db/queries/people.js";
import { subscriberCounts } from "../db/queries/ticket-subscribers.js";
import {
  countTicketsOfRequester,
  queuePage,
  queueTotal,
  type Ticket,
  ticketsOfRequester,
} from "../db/queries/tickets.js";
import { priorityMark } from "../domain/ticket-queue.js";
import { openStatuses } from "../domain/ticket-status.js";
import { isWord } from "../engine/form-runtime/form-runtime.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { defaultServiceId as ticketsServiceId } from "../services/service-registry.js";
import { formatDue } from "./format-due.js";
import { ticketTexts } from "./texts/index.js";
import { flowTitle, postName } from "./ticket-notices.js";

/** Lines a list reply shows at a time; "更多" shows the next ones. */
export const listPageSize = 20;

/** The words that ask for a list's next page. */
export const moreWords = ["更多", "下一页", "继续", "more", "next"];

export type ListName = "mine" | "queue";

/** What a list reply leaves waiting: the list and where its next page starts. */
export interface MorePending {
  more: { list: ListName; offset: number };
}

/** The footer and the follow-up of one page of `total` lines starting at `offset`. */
function paged(scope: CommandScope, list: ListName, offset: number, shown: number, total: number) {
  const hasMore = offset + shown < total;
  const footer =
    total > shown || offset > 0
      ? [texts(scope.locale).listPage(offset + 1, offset + shown, total, hasMore)]
      : [];
  const awaiting = hasMore
    ? { service: ticketsServiceId, data: { more: { list, offset: offset + shown } } satisfies MorePending }
    : undefined;
  return { footer, awaiting };
}

function statusText(scope: CommandScope, ticket: Ticket): string {
  return texts(scope.locale).status[ticket.status] ?? ticket.status;
}

/** `我的工单`: the sender's tickets, newest first, a page at a time. */
export function myTickets(scope: CommandScope, offset = 0): CommandOutcome {
  const t = texts(scope.locale);
  const total = countTicketsOfRequester(scope.tx, scope.person.id);
  if (total === 0) return say(t.noTickets);
  const rows = ticketsOfRequester(scope.tx, scope.person.id, listPageSize, offset);
  if (rows.length === 0) return say(t.listEnd);
  const lines = rows.map((r) =>
    t.ticketLine(r.number, flowTitle(scope.ctx, r.type, scope.locale), r.summary, statusText(scope, r)),
  );
  const { footer, awaiting } = paged(scope, "mine", offset, rows.length, total);
  return {
    replies: [{ text: [t.myTicketsTitle, ...lines, ...footer].join("\n") }],
    ...(awaiting ? { awaiting } : {}),
  };
}

/** The posts whose queue a person sees: all of them for the office head. */
export function queuePosts(scope: Pick<CommandScope, "tx" | "person">): string[] {
  return scope.person.isHead ? allPosts(scope.tx).map((p) => p.id) : scope.person.postIds;
}

/** `待办`: the queue of the clerk's posts in G13 order, a page at a time. */
export function queue(scope: CommandScope, offset = 0): CommandOutcome {
  const t = texts(scope.locale);
  const postIds = queuePosts(scope);
  if (postIds.length === 0) return say(t.notStaff);
  const now = scope.ctx.clock();
  const names = postIds
    .map((id) => postName(getPost(scope.tx, id), scope.locale))
    .join(scope.locale === "zh" ? "、" : ", ");
  const total = queueTotal(scope.tx, postIds, openStatuses);
  if (total === 0) return say(t.queueEmpty(names));
  const page = queuePage(scope.tx, { postIds, statuses: openStatuses, limit: listPageSize, offset });
  if (page.length === 0) return say(t.listEnd);
  const followers = subscriberCounts(
    scope.tx,
    page.map((o) => o.id),
  );
  const lines = page.map((o) => {
    const n = followers.get(o.id);
    const others = n ? ` · ${ticketTexts(scope.locale).alsoReported(n)}` : "";
    const overdue = o.nextDueAt && o.nextDueAt <= now && o.status !== "waiting" ? ` ${t.overdueMark}` : "";
    const dueText = o.nextDueAt ? ` · ${formatDue(o.nextDueAt, now, scope.ctx.calendar, scope.locale)}` : "";
    return `${priorityMark(o.priority)}${t.ticketLine(o.number, flowTitle(scope.ctx, o.type, scope.locale), o.summary, statusText(scope, o))}${dueText}${overdue}${others}`;
  });
  const { footer, awaiting } = paged(scope, "queue", offset, page.length, total);
  return {
    replies: [{ text: [t.queueTitle(names), ...lines, ...footer].join("\n") }],
    ...(awaiting ? { awaiting } : {}),
  };
}

/** The next page when the sender says "更多"; anything else goes back to the engine (undefined). */
export function morePage(
  scope: CommandScope,
  pending: MorePending,
  text: string,
): CommandOutcome | undefined {
  if (!isWord(text, moreWords)) return undefined;
  const { list, offset } = pending.more;
  return list === "mine" ? myTickets(scope, offset) : queue(scope, offset);
}
