import type { Logger } from "pino";
import type { Locale } from "../../core/locale.js";
import type { EngineViews } from "../../engine/views/engine-views.js";
import type { InboundHandler, Reply } from "../channel.js";
import type { HomePublisher } from "./home-publisher.js";
import { KeyedQueue } from "./keyed-queue.js";
import { renderMessage } from "./message-blocks.js";
import { downloadFiles, type SharedFile } from "./shared-files.js";
import type { SlackApi } from "./slack-api.js";

/** Where a conversation lives: a DM, or a thread in a channel. */
export interface Where {
  channel: string;
  threadTs?: string | undefined;
  dm: boolean;
}

export interface RelayInput {
  user: string;
  text: string;
  /** Stable across Slack's retries (a message's channel and ts; a button's message); the engine drops repeats. */
  eventId: string;
  where: Where;
  /** Files shared with the message, fetched only after the ack. */
  files?: readonly SharedFile[] | undefined;
}

export interface RelayOptions {
  api: SlackApi;
  handler: () => InboundHandler;
  views: () => EngineViews;
  home: HomePublisher;
  defaultLocale: Locale;
  /** The bot token, for downloading shared files. */
  token: string;
  log: Logger;
}

/**
 * Runs one message through the engine and posts its replies where the conversation lives. Called after the
 * ack, so Slack never waits on it; a reply Slack refuses is logged (the engine has already saved the ticket).
 */
export class ConversationRelay {
  readonly #queue = new KeyedQueue();

  constructor(readonly o: RelayOptions) {}

  /** One person's messages reach the engine one at a time, in the order they arrived. */
  relay(input: RelayInput): Promise<void> {
    return this.#queue.run(input.user, () => this.#relay(input));
  }

  async #relay(input: RelayInput): Promise<void> {
    const { where } = input;
    const displayName = await this.o.api.userName(input.user);
    const attachments = input.files?.length
      ? await downloadFiles(input.files, { token: this.o.token, log: this.o.log })
      : undefined;
    const replies = await this.o.handler()({
      sender: { channel: "slack", userId: input.user, displayName },
      text: input.text,
      eventId: input.eventId,
      threadId: where.dm ? undefined : where.threadTs,
      inGroup: !where.dm,
      ...(attachments?.length ? { attachments } : {}),
    });
    await this.post(replies, where, input.user);
    await this.o.home.refresh(input.user);
  }

  /** Posts replies in order; a private one goes to the user's DM instead of a channel thread. */
  async post(replies: readonly Reply[], where: Where, user: string): Promise<void> {
    for (const reply of replies) {
      const { locale } = reply;
      const target: Where = reply.private && !where.dm ? { channel: user, dm: true } : where;
      const message = renderMessage(reply, {
        locale,
        mode: "reply",
        owner: target.dm ? undefined : user,
        forms: this.#menuForms(reply, locale),
      });
      await this.o.api
        .postMessage(
          { channel: target.channel, ...(target.threadTs ? { thread_ts: target.threadTs } : {}), ...message },
          { user },
        )
        .catch(() => undefined);
      if (reply.files?.length) {
        await this.o.api
          .uploadFiles({ channel: target.channel, threadTs: target.threadTs }, reply.files, { user })
          .catch(() => undefined);
      }
    }
  }

  /** The service menu gets a "fill in a form" button per flow. */
  #menuForms(reply: Reply, locale: Locale) {
    return reply.kind === "menu" ? this.o.views().forms(locale) : undefined;
  }
}
