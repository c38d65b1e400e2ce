import type { SlackApi } from "./slack-api.js";

/** The metadata event type on every notice the outbox posts; its payload carries the outbox row's id. */
export const outboxEventType = "office_desk_outbox";

/** Message metadata that names the outbox row a notice came from. */
export function outboxMetadata(outboxId: number) {
  return { event_type: outboxEventType, event_payload: { outbox_id: outboxId } };
}

interface HistoryMessage {
  metadata?: { event_type?: string; event_payload?: { outbox_id?: unknown } };
}

/**
 * Whether the bot's DM with `user` already holds the notice of outbox row `outboxId`: the latest messages are
 * read with their metadata (`conversations.history`). Used only after an attempt whose outcome is unknown.
 */
export async function alreadyPosted(api: SlackApi, user: string, outboxId: number): Promise<boolean> {
  const dm = await api.client.conversations.open({ users: user });
  const channel = dm.channel?.id;
  if (!channel) return false;
  const history = await api.client.conversations.history({ channel, limit: 50, include_all_metadata: true });
  return ((history.messages ?? []) as HistoryMessage[]).some(
    (m) => m.metadata?.event_type === outboxEventType && m.metadata.event_payload?.outbox_id === outboxId,
  );
}
