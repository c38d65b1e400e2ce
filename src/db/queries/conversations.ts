import { and, eq, isNotNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { conversations } from "../schema.js";

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

/** Conversations in the middle of a flow that nobody touched since `before`. */
export function staleConversations(db: DbOrTx, before: Date): ConversationRow[] {
  return db
    .select()
    .from(conversations)
    .where(and(isNotNull(conversations.flowId), lt(conversations.updatedAt, before)))
    .all();
}
