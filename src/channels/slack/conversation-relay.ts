import type { Logger } from "pino";
import { z } from "zod";
import type { Locale } from "../../core/locale.js";
import type { Inbound, OutgoingReply } from "../../core/messages.js";
import type { EngineViews } from "../../engine/views/engine-views.js";
import type { Delivery, Intake, Pending, Reply, ReplyAddress } from "../channel.js";
import { alreadyPosted, outboxMetadata } from "./delivery-metadata.js";
import type { HomePublisher } from "./home-publisher.js";
import { renderMessage } from "./message-blocks.js";
import { downloadFiles, filesFrom, filesToFetch, type SharedFile } from "./shared-files.js";
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
  /** Stable across Slack's retries (a message's channel and ts; a button's message); repeats are dropped. */
  eventId: string;
  where: Where;
  /** Files shared with the message, fetched only after the ack. */
  files?: readonly SharedFile[] | undefined;
}

export interface RelayOptions {
  api: SlackApi;
  intake: () => Intake;
  views: () => EngineViews;
  home: HomePublisher;
  /** Runs work after the ack, tracked so `settled()` and `stop()` wait for it. */
  later: (work: Promise<unknown>) => void;
  /** The bot token, for downloading shared files. */
  token: string;
  log: Logger;
}

/** A reply's address as the relay writes it: where the conversation lives, and whose it is. */
const slackAddress = z.object({
  channel: z.string(),
  threadTs: z.string().optional(),
  dm: z.boolean(),
  user: z.string(),
});

/**
 * Hands Slack messages to the app and posts the replies that come back through the outbox where the
 * conversation lives. `take` stores the message before the listener returns (and so before the ack); the
 * sender's name is looked up afterwards and nothing waits for it.
 */
export class ConversationRelay {
  /** The menu's form buttons per language: the flows are fixed for the life of the process. */
  readonly #menus = new Map<Locale, { flowId: string; title: string }[]>();

  constructor(readonly o: RelayOptions) {}

  /** Stores the message for answering; throws when it cannot, so the request is not acknowledged. */
  take(input: RelayInput): void {
    const { where, user } = input;
    const sender = { channel: "slack" as const, userId: user, displayName: this.o.api.knownName(user) };
    const replyTo: ReplyAddress = {
      channel: where.channel,
      dm: where.dm,
      user,
      ...(where.threadTs ? { threadTs: where.threadTs } : {}),
    };
    const answered = this.o.intake().take({
      inbound: {
        sender,
        text: input.text,
        eventId: input.eventId,
        threadId: where.dm ? undefined : where.threadTs,
        inGroup: !where.dm,
      },
      replyTo,
      pending: input.files?.length ? filesToFetch(input.files) : undefined,
    });
    if (answered) this.o.later(answered);
    if (!this.o.api.asked(user)) {
      this.o.later(
        this.o.api.userName(user).then((name) => {
          if (name) this.o.intake().named(sender, name);
        }),
      );
    }
  }

  /** Fetches the shared files after the ack, and the sender's name if it has been learnt meanwhile. */
  async complete(inbound: Inbound, pending: Pending | undefined): Promise<Inbound> {
    const files = filesFrom(pending);
    const attachments = files.length
      ? await downloadFiles(files, { token: this.o.token, log: this.o.log })
      : undefined;
    const { sender } = inbound;
    return {
      ...inbound,
      sender: { ...sender, displayName: sender.displayName ?? this.o.api.knownName(sender.userId) },
      ...(attachments?.length ? { attachments } : {}),
    };
  }

  /**
   * Posts a reply where its conversation lives (a private one to the user's DM instead of a channel thread),
   * with metadata naming its outbox row; after an attempt cut off, only when it is not there already.
   */
  async reply(to: ReplyAddress, reply: OutgoingReply, delivery: Delivery): Promise<void> {
    const where = slackAddress.parse(to);
    const { user } = where;
    const target: Where = reply.private && !where.dm ? { channel: user, dm: true } : where;
    if (delivery.maybeDelivered && (await alreadyPosted(this.o.api, target, delivery.outboxId))) {
      this.o.log.info({ outboxId: delivery.outboxId, user }, "reply already in Slack; not resent");
      return;
    }
    const { locale } = reply;
    const message = renderMessage(reply, {
      locale,
      mode: "reply",
      owner: target.dm ? undefined : user,
      forms: this.#menuForms(reply, locale),
    });
    await this.o.api.postMessage(
      {
        channel: target.channel,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        ...message,
        metadata: outboxMetadata(delivery.outboxId),
      },
      { user },
    );
    if (reply.files?.length) {
      await this.o.api.uploadFiles({ channel: target.channel, threadTs: target.threadTs }, reply.files, {
        user,
      });
    }
    this.o.later(this.o.home.refresh(user));
  }

  /** The service menu gets a "fill in a form" button per flow. */
  #menuForms(reply: Pick<Reply, "kind">, locale: Locale) {
    if (reply.kind !== "menu") return undefined;
    let forms = this.#menus.get(locale);
    if (!forms) {
      forms = this.o
        .views()
        .forms(locale)
        .map(({ flowId, title }) => ({ flowId, title }));
      this.#menus.set(locale, forms);
    }
    return forms;
  }
}
