import type { Locale } from "../core/locale.js";
import type { Choice, OutgoingMessage } from "../core/messages.js";
import type { Person, Post } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { TicketAction } from "../domain/ticket-status.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";
import { actionText, actionWord } from "./ticket-command-words.js";

export function localeOf(ctx: EngineContext, person: Pick<Person, "locale">): Locale {
  return person.locale ?? ctx.settings.defaultLocale;
}

export function postName(post: Post | undefined, locale: Locale): string {
  if (!post) return "";
  return locale === "en" ? (post.nameEn ?? post.name) : post.name;
}

export function flowTitle(ctx: EngineContext, type: string, locale: Locale): string {
  return ctx.flows.get(type)?.title[locale] ?? type;
}

/** Buttons a clerk gets with a ticket; each value is the typed command, so every channel can offer it. */
export function clerkChoices(number: string, locale: Locale): Choice[] {
  const button = (action: TicketAction, style?: Choice["style"]): Choice => ({
    label: actionWord(action, locale),
    value: actionText(action, locale, number),
    ...(style ? { style } : {}),
  });
  return [
    button("accept", "primary"),
    button("resolve"),
    button("transfer"),
    button("ask"),
    button("refuse", "danger"),
  ];
}

export function assignmentMessage(
  ctx: EngineContext,
  ticket: Ticket,
  post: Post | undefined,
  locale: Locale,
  extraLines: readonly string[] = [],
): OutgoingMessage {
  const t = texts(locale);
  const mark = ticket.priority === "urgent" ? "🔴 " : ticket.priority === "important" ? "🟠 " : "";
  // A service may decide its tickets differently (a room booking is approved or rejected).
  const special = ctx.services.assignment(ctx.flows.get(ticket.type), ticket, locale, ctx);
  const lines = [
    `${mark}${t.assignment(postName(post, locale), ticket.number, flowTitle(ctx, ticket.type, locale), ticket.summary)}`,
    ...extraLines,
    special ? special.hint : t.assignmentCommands(ticket.number),
  ];
  return {
    text: lines.join("\n"),
    choices: special?.choices ?? clerkChoices(ticket.number, locale),
    urgent: ticket.priority === "urgent",
    ticketNumber: ticket.number,
  };
}
