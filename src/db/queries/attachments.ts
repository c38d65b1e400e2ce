import { and, eq, isNull, sql } from "drizzle-orm";
import type { InboundAttachment } from "../../core/messages.js";
import type { DbOrTx } from "../database.js";
import { preparedQuery } from "../prepared-queries.js";
import { ticketAttachments } from "../schema.js";

// A photo or file sent while a request is being filled in waits on the conversation ("staged") and moves to
// the ticket when it is created; a cancelled or expired request drops it.

export function stageAttachment(
  db: DbOrTx,
  conversationId: number,
  file: InboundAttachment,
  now: Date,
): void {
  db.insert(ticketAttachments)
    .values({
      conversationId,
      kind: file.kind,
      name: file.name.slice(0, 200),
      mimeType: file.mimeType,
      size: file.data.length,
      data: file.data,
      createdAt: now,
    })
    .run();
}

const staged = and(
  eq(ticketAttachments.conversationId, sql.placeholder("conversationId")),
  isNull(ticketAttachments.ticketId),
);
const attachStagedRows = (db: DbOrTx) =>
  db
    .update(ticketAttachments)
    .set({ ticketId: sql`${sql.placeholder("ticketId")}`, conversationId: null })
    .where(staged)
    .prepare();
const discardStagedRows = (db: DbOrTx) => db.delete(ticketAttachments).where(staged).prepare();

/** Moves a conversation's staged files to its new ticket; returns how many there were. */
export function attachStaged(db: DbOrTx, conversationId: number, ticketId: number): number {
  return preparedQuery(db, attachStagedRows).run({ conversationId, ticketId }).changes;
}

export function discardStaged(db: DbOrTx, conversationId: number): void {
  preparedQuery(db, discardStagedRows).run({ conversationId });
}

export function countAttachments(db: DbOrTx, ticketId: number): number {
  return db
    .select({ id: ticketAttachments.id })
    .from(ticketAttachments)
    .where(eq(ticketAttachments.ticketId, ticketId))
    .all().length;
}

export type TicketAttachment = Omit<typeof ticketAttachments.$inferSelect, "data"> & { data: Buffer };

/** A ticket's files in the order they came. */
export function attachmentsOf(db: DbOrTx, ticketId: number): TicketAttachment[] {
  return db
    .select()
    .from(ticketAttachments)
    .where(eq(ticketAttachments.ticketId, ticketId))
    .orderBy(ticketAttachments.id)
    .all();
}

/** The names of a ticket's files, oldest first (e.g. a meeting's agenda listed in its notice). */
export function attachmentNames(db: DbOrTx, ticketId: number): string[] {
  return db
    .select({ name: ticketAttachments.name })
    .from(ticketAttachments)
    .where(eq(ticketAttachments.ticketId, ticketId))
    .orderBy(ticketAttachments.id)
    .all()
    .map((r) => r.name);
}

/** One stored file's bytes (a reply sending it back reads them just before it goes out). */
export function attachmentData(db: DbOrTx, id: number): Buffer | undefined {
  return db
    .select({ data: ticketAttachments.data })
    .from(ticketAttachments)
    .where(eq(ticketAttachments.id, id))
    .get()?.data;
}
