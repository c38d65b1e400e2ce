import type { Locale } from "../core/locale.js";
import type { Choice, OutgoingMessage } from "../core/messages.js";
import type { Person, Post } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";

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
  const words =
    locale === "zh"
      ? { accept: "接单", resolve: "完成", transfer: "转交", ask: "询问", refuse: "退回" }
      : { accept: "accept", resolve: "resolve", transfer: "transfer", ask: "ask", refuse: "refuse" };
  return [
    { label: words.accept, value: `${words.accept} ${number}`, style: "primary" },
    { label: words.resolve, value: `${words.resolve} ${number}` },
    { label: words.transfer, value: `${words.transfer} ${number}` },
    { label: words.ask, value: `${words.ask} ${number}` },
    { label: words.refuse, value: `${words.refuse} ${number}`, style: "danger" },
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
  const special = ctx.services.assignment(ctx.flows.get(ticket.type), ticket, locale);
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
