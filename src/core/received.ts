import { z } from "zod";
import { type Inbound, type Reply, replySchema } from "./messages.js";

/**
 * Where a reply goes back to, as the channel that took the message describes it (a Slack channel and thread,
 * a WeChat contact and group, the console's identity). Stored with the message and its replies; only that
 * channel reads it.
 */
export type ReplyAddress = Readonly<Record<string, string | boolean>>;

export const replyAddressSchema = z.record(z.string(), z.union([z.string(), z.boolean()]));

/** JSON a channel keeps with a message for later (e.g. Slack's shared files, fetched after the ack). */
export type Pending = z.infer<typeof pendingSchema>;
const pendingSchema = z.array(z.record(z.string(), z.unknown()));

/** A message as a channel hands it over before acknowledging it; `eventId` is its delivery id. */
export interface Received {
  inbound: Inbound & { eventId: string };
  replyTo: ReplyAddress;
  /** What the channel still has to fetch once it has acknowledged the message; given back to `complete`. */
  pending?: Pending | undefined;
}

/** A received message as the inbox stores it: attachments as base64. */
export const storedReceivedSchema = z.object({
  inbound: z.object({
    sender: z.object({
      channel: z.enum(["slack", "wechat", "console"]),
      userId: z.string(),
      displayName: z.string().optional(),
      wechatAlias: z.string().optional(),
      wechatName: z.string().optional(),
    }),
    text: z.string(),
    threadId: z.string().optional(),
    inGroup: z.boolean().optional(),
    attachments: z
      .array(
        z.object({
          kind: z.enum(["image", "file"]),
          name: z.string(),
          mimeType: z.string(),
          data: z.string(),
        }),
      )
      .optional(),
  }),
  replyTo: replyAddressSchema,
  pending: pendingSchema.optional(),
});

export type StoredReceived = z.infer<typeof storedReceivedSchema>;

export function storeReceived(received: Received): StoredReceived {
  const { eventId: _, attachments, ...inbound } = received.inbound;
  return {
    inbound: {
      ...inbound,
      ...(attachments?.length
        ? { attachments: attachments.map((a) => ({ ...a, data: a.data.toString("base64") })) }
        : {}),
    },
    replyTo: received.replyTo,
    ...(received.pending ? { pending: received.pending } : {}),
  };
}

export function readReceived(stored: StoredReceived, eventId: string): Received {
  const { attachments, ...inbound } = stored.inbound;
  return {
    inbound: {
      ...inbound,
      eventId,
      ...(attachments
        ? { attachments: attachments.map((a) => ({ ...a, data: Buffer.from(a.data, "base64") })) }
        : {}),
    },
    replyTo: stored.replyTo,
    pending: stored.pending,
  };
}

/** A reply as the outbox keeps it: the reply, the channel it goes back on and where. */
export interface QueuedReply {
  channel: Inbound["sender"]["channel"];
  to: ReplyAddress;
  reply: Reply;
}

export const queuedReplySchema = z.object({
  channel: z.enum(["slack", "wechat", "console"]),
  to: replyAddressSchema,
  reply: replySchema,
}) satisfies z.ZodType<QueuedReply>;
