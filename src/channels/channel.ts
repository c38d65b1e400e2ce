import type {
  ChannelName,
  Inbound,
  OutgoingMessage,
  OutgoingReply,
  Recipient,
  Reply,
  Sender,
} from "../core/messages.js";
import type { Pending, Received, ReplyAddress } from "../core/received.js";

export type { ChannelName, Inbound, OutgoingMessage, Pending, Received, Recipient, Reply, ReplyAddress };

/**
 * What the app gives a channel to hand messages over. `take` stores the message (or answers it at once) before it
 * returns, so a channel acknowledges a message (Slack's 200) only once it is safe; replies go through the outbox.
 *
 * ```ts
 * const answered = intake.take({ inbound: { sender, text, eventId }, replyTo: { channel: "D1", dm: true } });
 * // undefined: Slack delivered this event before; otherwise resolves once the replies have been handed back
 * ```
 */
export interface Intake {
  /**
   * Stores a message for answering; throws when it cannot (then do not acknowledge it). Returns undefined for a
   * delivery already taken (a retry), else a promise that resolves once the message is answered and its
   * replies handed to the channel (or once it is stored, when the bot is stopping).
   */
  take(received: Received): Promise<void> | undefined;
  /** A sender's display name learnt after their first message was taken (Slack's `users.info`). */
  named(sender: Sender, displayName: string): void;
  /** The channel is up again (WeChat logged in): messages held while it was down go out now. */
  reconnected(): void;
}

/** Which outbox row a delivery is, and whether an earlier attempt ended without anyone knowing how. */
export interface Delivery {
  outboxId: number;
  maybeDelivered: boolean;
}

/** What `GET /healthz` says of a channel: whether it can take and send messages now, and in which state. */
export interface ChannelHealth {
  up: boolean;
  /** e.g. "http", "socket-mode", "logged-in", "logged-out", "stopped". */
  state: string;
}

/**
 * Thrown by `deliver` when the whole channel is down (logged out, disconnected) rather than this one message
 * failing: the outbox keeps the message without counting an attempt, however long the outage lasts.
 */
export class ChannelUnavailable extends Error {
  override name = "ChannelUnavailable";
}

/**
 * The seam between the bot and a chat system. Slack, WeChat and the console each implement it in their own
 * folder; nothing else knows their details, and no channel touches the database.
 */
export interface Channel {
  readonly name: ChannelName;
  start(intake: Intake): Promise<void>;
  stop(): Promise<void>;
  /** Whether this channel has an address for the person (a Slack id, a WeChat contact, …). */
  canReach(recipient: Recipient): boolean;
  /**
   * Sends a message to a person; throws when it could not, so the outbox tries again later. `delivery` names the
   * outbox row; when an earlier attempt was cut off (`maybeDelivered`), a channel that can look up what it sent
   * checks first and skips a message that did arrive.
   */
  deliver(recipient: Recipient, message: OutgoingMessage, delivery?: Delivery): Promise<void>;
  /**
   * Sends a reply back where the message it answers came from (`to`, as this channel described it when it took
   * the message); throws when it could not, so the outbox tries again. `delivery` works as for `deliver`.
   */
  reply(to: ReplyAddress, reply: OutgoingReply, delivery: Delivery): Promise<void>;
  /**
   * Finishes a stored message before it is answered, with what the channel kept for after the ack (Slack
   * downloads shared files; the name of a sender looked up meanwhile is filled in).
   */
  complete?(inbound: Inbound, pending: Pending | undefined): Promise<Inbound>;
  /** Its state for monitoring; a channel without it is reported as up once started. */
  health?(): ChannelHealth;
}
