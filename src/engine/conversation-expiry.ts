import { discardStaged } from "../db/queries/attachments.js";
import { resetConversation, staleConversations } from "../db/queries/conversations.js";
import { enqueue } from "../db/queries/outbox.js";
import { flowTitle } from "../tickets/ticket-notices.js";
import type { EngineContext } from "./context.js";
import { texts } from "./texts/index.js";

/**
 * Ends every conversation left in the middle of a flow for longer than `settings.conversationTimeoutMinutes`:
 * the half-filled values and attachments are dropped and the person gets a short notice through the outbox,
 * all in one transaction. With `limit`, at most that many, so thousands (after a long outage) end in several short
 * transactions. Returns how many conversations were ended.
 *
 * ```ts
 * expireConversations(ctx, ctx.clock()); // 2
 * ```
 */
export function expireConversations(ctx: EngineContext, now: Date, limit?: number): number {
  const before = new Date(now.getTime() - ctx.settings.conversationTimeoutMinutes * 60_000);
  const expired = ctx.db.transaction(
    (tx) => {
      const stale = staleConversations(tx, before, limit);
      for (const conversation of stale) {
        const title = flowTitle(ctx, conversation.flowId ?? "", conversation.locale);
        resetConversation(tx, conversation.id, now);
        discardStaged(tx, conversation.id);
        enqueue(tx, {
          dedupeKey: `expired:${conversation.id}:${conversation.updatedAt.getTime()}`,
          recipientId: conversation.personId,
          kind: "conversation-expired",
          message: { text: texts(conversation.locale).expired(title) },
          now,
        });
      }
      return stale.length;
    },
    { behavior: "immediate" },
  );
  if (expired > 0) ctx.onOutbox?.();
  return expired;
}
