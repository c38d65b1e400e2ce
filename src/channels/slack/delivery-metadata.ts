import type { SlackApi } from "./slack-api.js";

/** The metadata event type on every message the outbox posts; its payload carries the outbox row's id. */
export const outboxEventType = "office_desk_outbox";

/** Message metadata that names the outbox row a message came from. */
export function outboxMetadata(outboxId: number) {
  return { event_type: outboxEventType, event_payload: { outbox_id: outboxId } };
}

interface HistoryMessage {
  metadata?: { event_type?: string; event_payload?: { outbox_id?: unknown } };
}

/** Where a message was posted: a user (their DM with the bot), a DM or channel, or a thread in one. */
export interface PostedWhere {
  channel: string;
  threadTs?: string | undefined;
}

/**
 * Whether the message of outbox row `outboxId` is already there: the latest messages of the DM
 * (`conversations.open` + `conversations.history`) or of the thread (`conversations.replies`) are read with
 * their metadata. Used only after an attempt whose outcome is unknown.
 */
export async function alreadyPosted(api: SlackApi, where: PostedWhere, outboxId: number): Promise<boolean> {
  const channel = /^[UW]/.test(where.channel)
    ? (await api.client.conversations.open({ users: where.channel })).channel?.id
    : where.channel;
  if (!channel) return false;
  const query = { channel, limit: 50, include_all_metadata: true };
  const found = where.threadTs
    ? await api.client.conversations.replies({ ...query, ts: where.threadTs })
    : await api.client.conversations.history(query);
  return ((found.messages ?? []) as HistoryMessage[]).some(
    (m) => m.metadata?.event_type === outboxEventType && m.metadata.event_payload?.outbox_id === outboxId,
  );
}
