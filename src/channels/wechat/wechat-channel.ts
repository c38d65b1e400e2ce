import type { Writable } from "node:stream";
import { FileBox } from "file-box";
import type { Logger } from "pino";
import { type Message, type Wechaty, WechatyBuilder } from "wechaty";
import type { Locale } from "../../core/locale.js";
import { defaultSettings } from "../../engine/context.js";
import {
  type Channel,
  type ChannelHealth,
  ChannelUnavailable,
  type InboundHandler,
  type OutgoingMessage,
  type Recipient,
  type Reply,
} from "../channel.js";
import { type ContactMatch, contactQueries, findContact } from "./contact-finder.js";
import { type Incoming, readIncoming } from "./incoming-message.js";
import { watchLogin } from "./login-events.js";
import { deliveryText, replyText } from "./message-text.js";
import { splitMessage } from "./split-message.js";

export interface WechatChannelOptions {
  log: Logger;
  /** A Wechaty to use (tests pass one with the mock puppet); by default one is built from wechaty's own
   * environment variables (WECHATY_PUPPET, WECHATY_PUPPET_SERVICE_TOKEN, …), so any puppet works. */
  wechaty?: Wechaty;
  /** The bot's session name; the puppet keeps its login in `<name>.memory-card.json`. */
  name?: string;
  /** How contacts are found for outgoing messages (WECHAT_CONTACT_MATCH). */
  contactMatch?: ContactMatch;
  /** Largest photo or file read from a message; keep it equal to the engine's limit. */
  maxAttachmentBytes?: number;
  /** Language of the numbered-choice hint when a reply's own language is unclear. */
  defaultLocale?: Locale;
  /** Where the login QR code is drawn (the terminal by default). */
  qrOutput?: Writable;
}

/**
 * WeChat clocks and ours differ a little; messages up to this long before login still count as new. Only the
 * first login of the process sets the cut-off: after a reconnect, what people sent meanwhile is answered.
 */
const HISTORY_SLACK_MS = 60_000;

/**
 * WeChat through wechaty. Private chats and group @mentions run the engine; replies to a group @mention the
 * sender, and replies the engine marks private (complaint details) go to the sender's private chat.
 *
 * ```ts
 * const channel = new WechatChannel({ log, name: "office-desk", contactMatch: config.WECHAT_CONTACT_MATCH });
 * await channel.start(handler); // prints a QR code to scan on first start
 * ```
 */
export class WechatChannel implements Channel {
  readonly name = "wechat" as const;
  readonly #wechaty: Wechaty;
  readonly #log: Logger;
  readonly #contactMatch: ContactMatch;
  readonly #maxAttachmentBytes: number;
  readonly #defaultLocale: Locale;
  readonly #qrOutput: Writable;
  #handler: InboundHandler | undefined;
  #since: Date | undefined;
  /** One queue per person, so their messages are answered in the order they sent them. */
  readonly #queues = new Map<string, Promise<void>>();
  readonly #inFlight = new Set<Promise<void>>();

  constructor(options: WechatChannelOptions) {
    this.#log = options.log;
    this.#wechaty = options.wechaty ?? WechatyBuilder.build({ name: options.name ?? "office-desk" });
    this.#contactMatch = options.contactMatch ?? "alias-then-name";
    this.#maxAttachmentBytes = options.maxAttachmentBytes ?? defaultSettings.maxAttachmentBytes;
    this.#defaultLocale = options.defaultLocale ?? "zh";
    this.#qrOutput = options.qrOutput ?? process.stdout;
  }

  async start(handler: InboundHandler): Promise<void> {
    this.#handler = handler;
    watchLogin(this.#wechaty, {
      log: this.#log,
      qrOutput: this.#qrOutput,
      onLogin: () => {
        this.#since ??= new Date(Date.now() - HISTORY_SLACK_MS);
      },
    });
    this.#wechaty.on("message", (message) => this.#receive(message));
    await this.#wechaty.start();
  }

  /** Resolves when every message received so far has been answered. */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight);
  }

  async stop(): Promise<void> {
    await this.settled();
    await this.#wechaty.stop();
  }

  health(): ChannelHealth {
    return this.#wechaty.isLoggedIn ? { up: true, state: "logged-in" } : { up: false, state: "logged-out" };
  }

  canReach(recipient: Recipient): boolean {
    return contactQueries(recipient, this.#contactMatch).length > 0;
  }

  async deliver(recipient: Recipient, message: OutgoingMessage): Promise<void> {
    if (!this.#wechaty.isLoggedIn) throw new ChannelUnavailable("WeChat is not logged in");
    const contact = await findContact(this.#wechaty, recipient, this.#contactMatch);
    if (!contact) throw new Error(`no WeChat contact found for ${recipient.name}`);
    for (const piece of splitMessage(deliveryText(message, recipient.locale))) await contact.say(piece);
  }

  #receive(message: Message): void {
    const key = talkerId(message);
    const queued = (this.#queues.get(key) ?? Promise.resolve()).then(() => this.#handle(message));
    this.#queues.set(key, queued);
    this.#inFlight.add(queued);
    void queued.finally(() => {
      this.#inFlight.delete(queued);
      if (this.#queues.get(key) === queued) this.#queues.delete(key);
    });
  }

  async #handle(message: Message): Promise<void> {
    try {
      const incoming = await readIncoming(message, {
        since: this.#since,
        maxAttachmentBytes: this.#maxAttachmentBytes,
      });
      if (incoming.kind === "ignore") {
        this.#log.debug({ messageId: message.id, reason: incoming.reason }, "WeChat: message ignored");
        return;
      }
      const replies = await this.#handler!(incoming.inbound);
      for (const reply of replies) await this.#reply(incoming, reply);
    } catch (error) {
      this.#log.error({ err: error, messageId: message.id }, "WeChat: could not handle a message");
    }
  }

  /** Sends one reply; a failure is logged and the remaining replies are still sent. */
  async #reply(incoming: Extract<Incoming, { kind: "inbound" }>, reply: Reply): Promise<void> {
    const { talker, room } = incoming;
    const pieces = splitMessage(replyText(reply));
    try {
      for (const [i, piece] of pieces.entries()) {
        if (!room || reply.private) await talker.say(piece);
        else if (i === 0) await room.say(piece, talker);
        else await room.say(piece);
      }
      for (const file of reply.files ?? []) {
        // Base64 boxes serialise, so a puppet service (a remote gateway) can carry them too.
        const box = FileBox.fromBase64(file.data.toString("base64"), file.name);
        if (!room || reply.private) await talker.say(box);
        else await room.say(box);
      }
    } catch (error) {
      this.#log.error(
        { err: error, to: talker.id, private: reply.private === true },
        "WeChat: could not send a reply",
      );
    }
  }
}

function talkerId(message: Message): string {
  try {
    return message.talker().id;
  } catch {
    return "";
  }
}
