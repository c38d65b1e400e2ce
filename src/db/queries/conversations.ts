import { and, eq, isNotNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { conversations } from "../schema.js";
import { discardStaged } from "./attachments.js";

export type ConversationRow = typeof conversations.$inferSelect;

export interface ConversationKey {
  channel: string;
  userKey: string;
  threadKey: string;
}

export function loadConversation(db: DbOrTx, key: ConversationKey): ConversationRow | undefined {
  return db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.channel, key.channel),
        eq(conversations.userKey, key.userKey),
        eq(conversations.threadKey, key.threadKey),
      ),
    )
    .get();
}

export type ConversationWrite = Omit<ConversationRow, "id">;

export function saveConversation(db: DbOrTx, row: ConversationWrite): void {
  const { channel, userKey, threadKey, ...rest } = row;
  db.insert(conversations)
    .values(row)
    .onConflictDoUpdate({
      target: [conversations.channel, conversations.userKey, conversations.threadKey],
      set: rest,
    })
    .run();
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

/** Conversations in the middle of a flow that nobody touched since `before`. */
export function staleConversations(db: DbOrTx, before: Date): ConversationRow[] {
  return db
    .select()
    .from(conversations)
    .where(and(isNotNull(conversations.flowId), lt(conversations.updatedAt, before)))
    .all();
}

/** Ends whatever flow a conversation was in, keeping the conversation itself. */
export function resetConversation(db: DbOrTx, id: number, now: Date): void {
  db.update(conversations)
    .set({ flowId: null, flowVersion: null, step: null, values: {}, state: {}, updatedAt: now })
    .where(eq(conversations.id, id))
    .run();
}
