import type { ChannelName, Inbound, OutgoingMessage, Recipient, Reply } from "../core/messages.js";

export type { ChannelName, Inbound, OutgoingMessage, Recipient, Reply };

/** What a channel calls for every message a person sends; resolves to the replies for that person. */
export type InboundHandler = (inbound: Inbound) => Promise<Reply[]>;

/**
 * Thrown by `deliver` when the whole channel is down (logged out, disconnected) rather than this one message
 * failing: the outbox keeps the message without counting an attempt, however long the outage lasts.
 */
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

export class ChannelUnavailable extends Error {
  override name = "ChannelUnavailable";
}

/**
 * The seam between the bot and a chat system. Slack, WeChat and the console each implement it in their own
 * folder; nothing else knows their details, and no channel touches the database.
 */
export interface Channel {
  readonly name: ChannelName;
  start(handler: InboundHandler): Promise<void>;
  stop(): Promise<void>;
  /** Whether this channel has an address for the person (a Slack id, a WeChat contact, …). */
  canReach(recipient: Recipient): boolean;
  /**
   * Sends a message to a person; throws when it could not, so the outbox tries again later. `delivery` names the
   * outbox row; when an earlier attempt was cut off (`maybeDelivered`), a channel that can look up what it sent
   * checks first and skips a message that did arrive.
   */
  deliver(recipient: Recipient, message: OutgoingMessage, delivery?: Delivery): Promise<void>;
  /** Its state for monitoring; a channel without it is reported as up once started. */
  health?(): ChannelHealth;
}
