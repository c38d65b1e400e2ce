import type { Locale } from "../core/locale.js";
import type { DbOrTx } from "../db/database.js";
import { findStaffByName, getPerson, officeHeads, type Person } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import { routeToPost } from "../domain/routing.js";
import type { EngineContext } from "../engine/context.js";
import { fieldContext } from "../engine/form-runtime/field-context.js";

/** The office head's post: notices wait there for review. */
export function headPostId(ctx: EngineContext): string {
  const head = ctx.directory.posts.find((p) => p.head);
  if (!head) throw new Error("the directory has no head post");
  return head.id;
}

/** The post that publishes a notice flow's tickets (信息发布岗 unless the directory routes it elsewhere). */
export function deskPostId(ctx: EngineContext, type: string): string {
  const flow = ctx.flows.get(type);
  if (!flow) throw new Error(`no flow "${type}"`);
  return routeToPost(flow.id, flow.post, ctx.directory.routes);
}

/** The supervising leader who signs off major notices: the directory's `notice_leader`, else the office head. */
export function noticeLeader(ctx: EngineContext, db: DbOrTx): Person | undefined {
  const named = ctx.directory.notice_leader;
  return (named ? findStaffByName(db, named) : undefined) ?? officeHeads(db)[0];
}

/** A notice's chosen channels as ids; a ticket of the first flow version stored one id or "all". */
export function channelsOf(ctx: EngineContext, ticket: Pick<Ticket, "type" | "fields">): string[] {
  const stored = ticket.fields.channels;
  const field = ctx.flows.get(ticket.type)?.fields.find((f) => f.key === "channels");
  const real = (field?.options ?? []).filter((o) => !o.everything).map((o) => o.value);
  if (Array.isArray(stored)) return stored.map(String);
  if (typeof stored === "string") return real.includes(stored) ? [stored] : real;
  return real;
}

/** A channel's name in a language, from the notice flow's options. */
export function channelName(ctx: EngineContext, type: string, channel: string, locale: Locale): string {
  const field = ctx.flows.get(type)?.fields.find((f) => f.key === "channels");
  return field?.options?.find((o) => o.value === channel)?.label[locale] ?? channel;
}

/** Reads channel names ("电子屏", "公告栏和电子屏", "2") with the flow's own channel field. */
export function parseChannels(
  ctx: EngineContext,
  type: string,
  text: string,
  locale: Locale,
): string[] | undefined {
  const field = ctx.flows.get(type)?.fields.find((f) => f.key === "channels");
  const parsed = field?.parse(text, fieldContext(ctx, locale, {}));
  return parsed?.ok && Array.isArray(parsed.value) ? parsed.value.map(String) : undefined;
}

/** The language the ticket's requester reads. */
export function requesterLocale(ctx: EngineContext, db: DbOrTx, ticket: Pick<Ticket, "requesterId">): Locale {
  return getPerson(db, ticket.requesterId)?.locale ?? ctx.settings.defaultLocale;
}
