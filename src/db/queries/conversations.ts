import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { conversations } from "../schema.js";
import { discardStaged } from "./attachments.js";

export type ConversationRow = typeof conversations.$inferSelect;

export interface ConversationKey {
  channel: string;
  userKey: string;
  threadKey: string;
}

const loadByKey = (db: DbOrTx) =>
  db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.channel, sql.placeholder("channel")),
        eq(conversations.userKey, sql.placeholder("userKey")),
        eq(conversations.threadKey, sql.placeholder("threadKey")),
      ),
    )
    .prepare();

export function loadConversation(db: DbOrTx, key: ConversationKey): ConversationRow | undefined {
  const { channel, userKey, threadKey } = key;
  return preparedQuery(db, loadByKey).get({ channel, userKey, threadKey });
}

export type ConversationWrite = Omit<ConversationRow, "id">;

const written = {
  personId: sql.placeholder("personId"),
  flowId: sql.placeholder("flowId"),
  flowVersion: sql.placeholder("flowVersion"),
  step: sql.placeholder("step"),
  values: sql.placeholder("values"),
  state: sql.placeholder("state"),
  locale: sql.placeholder("locale"),
  updatedAt: sql.placeholder("updatedAt"),
};

/** The value the insert would have written to `column`, for the update of a row that is already there. */
const excluded = (column: { name: string }) => sql`excluded.${sql.identifier(column.name)}`;

const upsert = (db: DbOrTx) =>
  db
    .insert(conversations)
    .values({
      channel: sql.placeholder("channel"),
      userKey: sql.placeholder("userKey"),
      threadKey: sql.placeholder("threadKey"),
      ...written,
    })
    .onConflictDoUpdate({
      target: [conversations.channel, conversations.userKey, conversations.threadKey],
      set: {
        personId: excluded(conversations.personId),
        flowId: excluded(conversations.flowId),
        flowVersion: excluded(conversations.flowVersion),
        step: excluded(conversations.step),
        values: excluded(conversations.values),
        state: excluded(conversations.state),
        locale: excluded(conversations.locale),
        updatedAt: excluded(conversations.updatedAt),
      },
    })
    .prepare();

export function saveConversation(db: DbOrTx, row: ConversationWrite): void {
  preparedQuery(db, upsert).run(row);
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
