import type { Locale } from "../core/locale.js";
import { type Notice, updateNotice } from "../db/queries/notices.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { act } from "../tickets/ticket-lifecycle.js";
import { noticeCommand } from "./notice-command-words.js";
import { channelName, channelsOf, parseChannels, requesterLocale } from "./notice-parts.js";
import { noticeTexts } from "./texts/index.js";

const names = (ctx: EngineContext, ticket: Ticket, channels: readonly string[], locale: Locale) =>
  noticeTexts(locale).list(channels.map((c) => channelName(ctx, ticket.type, c, locale)));

/**
 * "已发布 <no> 电子屏": the desk records one or more channels as published. When every chosen channel is out the
 * ticket is resolved with the channels named, which tells the requester (and asks for the rating).
 */
export function markPublished(
  scope: CommandScope,
  ticket: Ticket,
  notice: Notice,
  channelText: string,
): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = noticeTexts(locale);
  if (notice.stage !== "publishing")
    return say(t.wrongStage(ticket.number, t.stage[notice.stage] ?? notice.stage));
  if (!person.postIds.includes(ticket.postId) && !person.isHead) return say(t.notDesk(ticket.number));
  const chosen = notice.channels;
  const left = chosen.filter((c) => notice.published[c] === undefined);
  const named = channelText.trim()
    ? parseChannels(ctx, ticket.type, channelText, locale)
    : left.length === 1
      ? left
      : undefined;
  if (!named) return say(t.whichChannel(ticket.number, names(ctx, ticket, left, locale)));
  const foreign = named.filter((c) => !chosen.includes(c));
  if (foreign.length > 0 && foreign.length === named.length)
    return say(t.notAChannel(ticket.number, names(ctx, ticket, chosen, locale)));
  const fresh = named.filter((c) => chosen.includes(c) && notice.published[c] === undefined);
  if (fresh.length === 0) return say(t.alreadyMarked(ticket.number, names(ctx, ticket, named, locale)));
  const now = ctx.clock();
  const published = { ...notice.published };
  for (const c of fresh) published[c] = now.getTime();
  const remaining = chosen.filter((c) => published[c] === undefined);
  if (remaining.length > 0) {
    updateNotice(tx, notice.id, { published });
    return say(
      t.markedSome(ticket.number, names(ctx, ticket, fresh, locale), names(ctx, ticket, remaining, locale)),
    );
  }
  const rl = requesterLocale(ctx, tx, ticket);
  const resolved = act(
    ctx,
    {
      ticket,
      actor: person,
      action: "resolve",
      note: noticeTexts(rl).allPublished(names(ctx, ticket, chosen, rl)),
    },
    tx,
  );
  if (!resolved.ok) return say(t.wrongStage(ticket.number, t.stage.publishing ?? ""));
  updateNotice(tx, notice.id, { published, stage: "published", publishedAt: now });
  return say(t.markedAll(ticket.number, names(ctx, ticket, chosen, locale)));
}

/** The desk's assignment hint: each channel, what it asks (G4), and the command that records it. */
export function publishingHint(ctx: EngineContext, ticket: Ticket, locale: Locale) {
  const t = noticeTexts(locale);
  const channels = channelsOf(ctx, ticket);
  const lines = channels.map((c) => {
    const name = channelName(ctx, ticket.type, c, locale);
    return t.publishLine(
      name,
      t.channelRule[c] ?? "",
      noticeCommand("published", locale, ticket.number, name),
    );
  });
  return {
    hint: t.publishHint(ticket.number, lines),
    choices: channels.map((c) => {
      const name = channelName(ctx, ticket.type, c, locale);
      return {
        label: `${locale === "zh" ? "已发布" : "Published"} ${name}`,
        value: noticeCommand("published", locale, ticket.number, name),
      };
    }),
  };
}
