import { and, eq, isNotNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { rowDecoder, statementOn } from "../prepared-queries.js";
import { conversations } from "../schema.js";
import { discardStaged } from "./attachments.js";

export type ConversationRow = typeof conversations.$inferSelect;

export interface ConversationKey {
  channel: string;
  userKey: string;
  threadKey: string;
}

const decode = rowDecoder(conversations);

const loadByKey =
  "select * from conversations where channel = @channel and user_key = @userKey and thread_key = @threadKey";

export function loadConversation(db: DbOrTx, key: ConversationKey): ConversationRow | undefined {
  const { channel, userKey, threadKey } = key;
  const row = statementOn(db, loadByKey).get({ channel, userKey, threadKey });
  return row === undefined ? undefined : decode(row);
}

const updateById = `update conversations set person_id = @personId, flow_id = @flowId,
    flow_version = @flowVersion, step = @step, "values" = @values, state = @state, locale = @locale,
    updated_at = @updatedAt
  where id = @id`;

const upsert = `insert into conversations
    (channel, user_key, thread_key, person_id, flow_id, flow_version, step, "values", state, locale, updated_at)
  values (@channel, @userKey, @threadKey, @personId, @flowId, @flowVersion, @step, @values, @state, @locale,
    @updatedAt)
  on conflict (channel, user_key, thread_key) do update set
    person_id = excluded.person_id, flow_id = excluded.flow_id, flow_version = excluded.flow_version,
    step = excluded.step, "values" = excluded."values", state = excluded.state, locale = excluded.locale,
    updated_at = excluded.updated_at
  returning id`;

/**
 * Stores a conversation and returns its id: a row it has is updated in place (its key is changed only by
 * `moveConversation`); one with `id` 0, not stored yet, is written as the row for its key.
 */
export function saveConversation(db: DbOrTx, row: ConversationRow): number {
  const encoded = {
    ...row,
    values: JSON.stringify(row.values),
    state: JSON.stringify(row.state),
    updatedAt: row.updatedAt.getTime(),
  };
  if (row.id !== 0 && statementOn(db, updateById).run(encoded).changes > 0) return row.id;
  return (statementOn(db, upsert).get(encoded) as { id: number }).id;
}

/**
 * Moves a conversation to another thread of the same chat user (a group's thread → the private chat),
 * replacing the conversation that was there and any attachments it was collecting.
 */
export function moveConversation(db: DbOrTx, row: ConversationRow, threadKey: string): void {
  const target = loadConversation(db, { channel: row.channel, userKey: row.userKey, threadKey });
  if (target) {
    discardStaged(db, target.id);
    db.delete(conversations).where(eq(conversations.id, target.id)).run();
  }
  if (row.id !== 0) db.update(conversations).set({ threadKey }).where(eq(conversations.id, row.id)).run();
}

/** Conversations in the middle of a flow that nobody touched since `before` (at most `limit` of them). */
export function staleConversations(db: DbOrTx, before: Date, limit?: number): ConversationRow[] {
  const query = db
    .select()
    .from(conversations)
    .where(and(isNotNull(conversations.flowId), lt(conversations.updatedAt, before)));
  return (limit === undefined ? query : query.limit(limit)).all();
}

/** Ends whatever flow a conversation was in, keeping the conversation itself. */
export function resetConversation(db: DbOrTx, id: number, now: Date): void {
  db.update(conversations)
    .set({ flowId: null, flowVersion: null, step: null, values: {}, state: {}, updatedAt: now })
    .where(eq(conversations.id, id))
    .run();
}
