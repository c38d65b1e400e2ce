import type { Locale } from "../../core/locale.js";
import type { Sender } from "../../core/messages.js";
import type { Priority } from "../../domain/ticket-queue.js";
import type { EngineContext } from "../context.js";
import { runTurn } from "../turn-runner.js";

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
  /** For office staff: the first of their posts' open tickets, urgent first, then by deadline (G13). */
  queue?: { posts: string; items: HomeQueueItem[]; total: number };
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
  const nobody = { locale: ctx.settings.defaultLocale, name: "", tickets: [], bookings: [] };
  return runTurn<HomeView>(ctx, { sender }, nobody, ({ tx, person: personOf }) => {
    const person = personOf();
    const locale = person.locale ?? ctx.settings.defaultLocale;
    const parts = ctx.services.home({ ctx, tx, person, locale, now: ctx.clock() });
    return { value: { locale, name: person.name, tickets: [], bookings: [], ...parts }, keep: false };
  });
}
