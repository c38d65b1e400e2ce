import type { Writable } from "node:stream";
import { FileBox } from "file-box";
import type { Logger } from "pino";
import { type Message, type Wechaty, WechatyBuilder } from "wechaty";
import { KeyedQueue } from "../../core/keyed-queue.js";
import type { Locale } from "../../core/locale.js";
import type { OutgoingReply } from "../../core/messages.js";
import { defaultSettings } from "../../engine/context.js";
import {
  type Channel,
  type ChannelHealth,
  ChannelUnavailable,
  type Intake,
  type OutgoingMessage,
  type Recipient,
  type ReplyAddress,
} from "../channel.js";
import { type ContactMatch, contactQueries, findContact } from "./contact-finder.js";
import { readIncoming } from "./incoming-message.js";
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
 * WeChat through wechaty. Private chats and group @mentions go to the engine, each stored as soon as it is read
 * (WeChat has no acknowledgement to hold back); replies to a group @mention the sender, and replies the engine
 * marks private (complaint details) go to the sender's private chat.
 *
 * ```ts
 * const channel = new WechatChannel({ log, name: "office-desk", contactMatch: config.WECHAT_CONTACT_MATCH });
 * await channel.start(intake); // prints a QR code to scan on first start
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
  #intake: Intake | undefined;
  #since: Date | undefined;
  /** One queue per person, so their messages are stored in the order they sent them. */
  readonly #queue = new KeyedQueue();
  readonly #inFlight = new Set<Promise<void>>();

  constructor(options: WechatChannelOptions) {
    this.#log = options.log;
    this.#wechaty = options.wechaty ?? WechatyBuilder.build({ name: options.name ?? "office-desk" });
    this.#contactMatch = options.contactMatch ?? "alias-then-name";
    this.#maxAttachmentBytes = options.maxAttachmentBytes ?? defaultSettings.maxAttachmentBytes;
    this.#defaultLocale = options.defaultLocale ?? "zh";
    this.#qrOutput = options.qrOutput ?? process.stdout;
  }

  async start(intake: Intake): Promise<void> {
    this.#intake = intake;
    watchLogin(this.#wechaty, {
      log: this.#log,
      qrOutput: this.#qrOutput,
      onLogin: () => {
        this.#since ??= new Date(Date.now() - HISTORY_SLACK_MS);
        intake.reconnected();
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

  /** Sends a reply into the chat its message came from: the group (@mentioning the sender) or privately. */
  async reply(to: ReplyAddress, reply: OutgoingReply): Promise<void> {
    if (!this.#wechaty.isLoggedIn) throw new ChannelUnavailable("WeChat is not logged in");
    const talker = await this.#wechaty.Contact.find({ id: String(to.talker) });
    if (!talker) throw new Error(`no WeChat contact ${String(to.talker)} to reply to`);
    const room = typeof to.room === "string" ? await this.#wechaty.Room.find({ id: to.room }) : undefined;
    if (typeof to.room === "string" && !room) throw new Error(`no WeChat group ${to.room} to reply in`);
    for (const [i, piece] of splitMessage(replyText(reply)).entries()) {
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
  }

  #receive(message: Message): void {
    this.#track(this.#queue.run(talkerId(message), () => this.#take(message)));
  }

  #track(work: Promise<void>): void {
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work));
  }

  async #take(message: Message): Promise<void> {
    try {
      const incoming = await readIncoming(message, {
        since: this.#since,
        maxAttachmentBytes: this.#maxAttachmentBytes,
      });
      if (incoming.kind === "ignore") {
        this.#log.debug({ messageId: message.id, reason: incoming.reason }, "WeChat: message ignored");
        return;
      }
      const { talker, room } = incoming;
      const answered = this.#intake!.take({
        inbound: { ...incoming.inbound, eventId: message.id },
        replyTo: { talker: talker.id, ...(room ? { room: room.id } : {}) },
      });
      if (answered) this.#track(answered);
    } catch (error) {
      this.#log.error({ err: error, messageId: message.id }, "WeChat: could not take a message");
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
