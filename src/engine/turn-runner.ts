import type { Locale } from "../core/locale.js";
import type { Reply, ReplyDraft, Sender } from "../core/messages.js";
import type { ReplyAddress } from "../core/received.js";
import type { Tx } from "../db/database.js";
import { markSeen, wasSeen } from "../db/queries/inbound-seen.js";
import { removeFromInbox } from "../db/queries/inbox.js";
import { type OutboxRow, queueOutbox } from "../db/queries/outbox.js";
import { type PersonWithPosts, withPosts } from "../db/queries/people.js";
import { resolveSender } from "../people/resolve-sender.js";
import type { EngineContext } from "./context.js";

export interface TurnInput {
  sender: Sender;
  /** The channel's id for this delivery (Slack event id, modal view id): a second delivery changes nothing. */
  eventId?: string | undefined;
  /** Where `answer` sends the replies (the address the channel gave when it took the message). */
  replyTo?: ReplyAddress | undefined;
  /** The inbox row this turn answers: removed in the turn's transaction, even when the delivery is a repeat. */
  inboxId?: number | undefined;
}

export interface TurnScope {
  tx: Tx;
  /** The sender as a person, created on first contact; looked up once, when first asked for. */
  person(): PersonWithPosts;
  /**
   * Queues replies to the sender in the outbox, in this transaction, for `replyTo`; returns the rows queued.
   * Keyed by the delivery, so a turn that runs again queues nothing twice.
   */
  answer(replies: readonly Reply[]): OutboxRow[];
}

/** A turn's answer; `keep: false` leaves the delivery unmarked, so the same one may be sent again. */
export interface TurnResult<T> {
  value: T;
  keep: boolean;
}

/**
 * Runs one turn from a person (a chat message, a submitted form) the same way every time: one immediate write
 * transaction, de-duplication by the channel's event id, the sender's person looked up inside it, the replies
 * queued and the inbox row removed inside it, and the dispatcher woken afterwards for whatever the turn queued.
 * Returns `duplicate` for a repeated delivery.
 *
 * ```ts
 * runTurn(ctx, { sender, eventId }, [], ({ tx, person }) => ({ value: answer(tx, person()), keep: true }));
 * ```
 */
export function runTurn<T>(
  ctx: EngineContext,
  input: TurnInput,
  duplicate: T,
  body: (turn: TurnScope) => TurnResult<T>,
): T {
  let kept = false;
  const value = ctx.db.transaction(
    (tx) => {
      const { channel } = input.sender;
      if (input.inboxId !== undefined) removeFromInbox(tx, input.inboxId);
      if (input.eventId && wasSeen(tx, channel, input.eventId)) return duplicate;
      let person: PersonWithPosts | undefined;
      const personOf = () => {
        person ??= withPosts(tx, resolveSender(tx, input.sender, ctx.settings.wechatContactMatch));
        return person;
      };
      let queued = 0;
      const result = body({
        tx,
        person: personOf,
        answer: (replies) => {
          const { replyTo, eventId } = input;
          if (!replyTo || !eventId) throw new Error("this turn has no address to answer to");
          const rows: OutboxRow[] = [];
          for (const reply of replies) {
            const row = queueOutbox(tx, {
              dedupeKey: `reply:${channel}:${eventId}:${queued++}`,
              recipientId: personOf().id,
              kind: "reply",
              message: { channel, to: replyTo, reply },
              now: ctx.clock(),
            });
            if (row) rows.push(row);
          }
          return rows;
        },
      });
      if (result.keep && input.eventId) markSeen(tx, channel, input.eventId, ctx.clock());
      kept = result.keep;
      return result.value;
    },
    { behavior: "immediate" },
  );
  if (kept) ctx.onOutbox?.();
  return value;
}

/** Replies as the sender gets them: in the turn's language, each saying what it is (an answer by default). */
export function asReplies(drafts: readonly ReplyDraft[], locale: Locale): Reply[] {
  return drafts.map((draft) => ({ ...draft, locale, kind: draft.kind ?? "answer" }));
}
