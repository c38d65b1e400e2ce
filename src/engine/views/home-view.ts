import type { Locale } from "../../core/locale.js";
import type { Sender } from "../../core/messages.js";
import type { Tx } from "../../db/database.js";
import { upcomingBookingsWithRooms } from "../../db/queries/bookings.js";
import { allPosts, getPost, type PersonWithPosts, withPosts } from "../../db/queries/people.js";
import {
  openTicketsOfPosts,
  type Ticket,
  ticketsOfRequester,
  unmetDeadlines,
} from "../../db/queries/tickets.js";
import { type Priority, priorityMark, sortQueue } from "../../domain/ticket-queue.js";
import { openStatuses } from "../../domain/ticket-status.js";
import { resolveSender } from "../../people/resolve-sender.js";
import { formatTimeRange } from "../../understanding/parsers/date-time.js";
import { bookingTexts } from "../bookings/texts/index.js";
import type { EngineContext } from "../context.js";
import { texts } from "../texts/index.js";
import { formatDue } from "../tickets/format-due.js";
import { flowTitle, postName } from "../tickets/ticket-notices.js";

export interface HomeTicket {
  number: string;
  title: string;
  summary: string;
  status: string;
  priority: Priority;
  /** 🔴 for urgent, 🟠 for important, "" otherwise. */
  mark: string;
}

export interface HomeQueueItem extends HomeTicket {
  /** The earliest unmet deadline in plain words ("今天 15:30"), when there is one. */
  due?: string;
  overdue: boolean;
}

export interface HomeBooking {
  room: string;
  when: string;
  purpose: string;
  status: string;
}

/** What a person's home page shows, already in their language; a channel only lays it out. */
export interface HomeView {
  locale: Locale;
  name: string;
  tickets: HomeTicket[];
  bookings: HomeBooking[];
  /** For office staff: their posts' open tickets, urgent first, then by deadline (G13). */
  queue?: { posts: string; items: HomeQueueItem[] };
}

interface Scope {
  ctx: EngineContext;
  tx: Tx;
  person: PersonWithPosts;
  locale: Locale;
  now: Date;
}

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

function openTickets(scope: Scope): HomeTicket[] {
  return ticketsOfRequester(scope.tx, scope.person.id, 50)
    .filter((t) => openStatuses.includes(t.status) || t.status === "resolved")
    .map((t) => homeTicket(scope, t));
}

function upcomingBookings(scope: Scope): HomeBooking[] {
  const { tx, locale, now, ctx } = scope;
  const rows = upcomingBookingsWithRooms(tx, scope.person.id, now);
  return rows.map(({ booking, room }) => ({
    room: locale === "en" ? (room.nameEn ?? room.name) : room.name,
    when: formatTimeRange(
      { start: booking.startAt, end: booking.endAt },
      { timeZone: ctx.settings.timeZone, locale, now },
    ),
    purpose: booking.purpose,
    status: bookingTexts(locale).status[booking.status] ?? booking.status,
  }));
}

function postQueue(scope: Scope): HomeView["queue"] {
  const { tx, person, locale, now, ctx } = scope;
  const postIds = person.isHead ? allPosts(tx).map((p) => p.id) : person.postIds;
  if (postIds.length === 0) return undefined;
  const open = openTicketsOfPosts(tx, postIds, openStatuses);
  const nextDue = new Map<number, Date>();
  for (const d of unmetDeadlines(
    tx,
    open.map((t) => t.id),
  )) {
    const current = nextDue.get(d.ticketId);
    if (!current || d.dueAt < current) nextDue.set(d.ticketId, d.dueAt);
  }
  const sorted = sortQueue(open.map((t) => ({ ...t, nextDueAt: nextDue.get(t.id) ?? null })));
  return {
    posts: postIds.map((id) => postName(getPost(tx, id), locale)).join(locale === "zh" ? "、" : ", "),
    items: sorted.map((t) => ({
      ...homeTicket(scope, t),
      ...(t.nextDueAt ? { due: formatDue(t.nextDueAt, now, ctx.calendar, locale) } : {}),
      overdue: t.nextDueAt !== null && t.nextDueAt <= now && t.status !== "waiting",
    })),
  };
}

/**
 * A person's home page: their tickets not yet closed, their coming bookings, and for office staff their
 * posts' queue.
 * A chat user seen for the first time becomes a requester, as with their first message.
 *
 * ```ts
 * homeView(ctx, { channel: "slack", userId: "U0HUIWU001" }).queue?.items[0]; // { number, mark: "🔴", ... }
 * ```
 */
export function homeView(ctx: EngineContext, sender: Sender): HomeView {
  return ctx.db.transaction(
    (tx) => {
      const person = withPosts(tx, resolveSender(tx, sender, ctx.settings.wechatContactMatch));
      const locale = person.locale ?? ctx.settings.defaultLocale;
      const scope: Scope = { ctx, tx, person, locale, now: ctx.clock() };
      const queue = postQueue(scope);
      return {
        locale,
        name: person.name,
        tickets: openTickets(scope),
        bookings: upcomingBookings(scope),
        ...(queue ? { queue } : {}),
      };
    },
    { behavior: "immediate" },
  );
}
