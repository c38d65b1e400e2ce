import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { people, posts, tickets } from "../schema.js";
import { auditItems, auditSamples } from "../tables/audit.js";

export type AuditSample = typeof auditSamples.$inferSelect;
export type AuditItem = typeof auditItems.$inferSelect;
export type AuditCheck = "paper" | "ledger" | "followUp";

/** Statuses that count as closed for the audit: the work was done (办结) or the ticket was closed after it. */
export const auditedStatuses = ["resolved", "closed"] as const;

/** Tickets closed in [from, to): resolved or closed now, resolved in the period; by post, ids ascending. */
export function closedTicketsByPost(db: DbOrTx, from: Date, to: Date): Record<string, number[]> {
  const rows = db
    .select({ id: tickets.id, postId: tickets.postId })
    .from(tickets)
    .where(
      and(
        inArray(tickets.status, [...auditedStatuses]),
        gte(tickets.resolvedAt, from),
        lt(tickets.resolvedAt, to),
      ),
    )
    .orderBy(asc(tickets.id))
    .all();
  const byPost: Record<string, number[]> = {};
  for (const row of rows) {
    byPost[row.postId] ??= [];
    byPost[row.postId]!.push(row.id);
  }
  return byPost;
}

export function auditSampleOfMonth(db: DbOrTx, month: string): AuditSample | undefined {
  return db.select().from(auditSamples).where(eq(auditSamples.month, month)).get();
}

/** Stores a drawn sample and its tickets (each with the clerk who handled it); undefined if the month has one. */
export function insertAuditSample(
  db: DbOrTx,
  sample: Omit<AuditSample, "id">,
  ticketIds: readonly number[],
): AuditSample | undefined {
  const row = db.insert(auditSamples).values(sample).onConflictDoNothing().returning().get();
  if (!row || ticketIds.length === 0) return row;
  const drawn = db
    .select({ id: tickets.id, postId: tickets.postId, assigneeId: tickets.assigneeId })
    .from(tickets)
    .where(inArray(tickets.id, [...ticketIds]))
    .all();
  db.insert(auditItems)
    .values(drawn.map((t) => ({ sampleId: row.id, ticketId: t.id, postId: t.postId, clerkId: t.assigneeId })))
    .run();
  return row;
}

/** A drawn ticket as the auditor sees it. */
export interface AuditItemView extends AuditItem {
  number: string;
  type: string;
  summary: string;
  postName: string;
  postNameEn: string | null;
  clerkName: string | null;
}

const itemView = {
  item: auditItems,
  number: tickets.number,
  type: tickets.type,
  summary: tickets.summary,
  postName: posts.name,
  postNameEn: posts.nameEn,
  clerkName: people.name,
};

function viewRows(db: DbOrTx) {
  return db
    .select(itemView)
    .from(auditItems)
    .innerJoin(tickets, eq(tickets.id, auditItems.ticketId))
    .innerJoin(posts, eq(posts.id, auditItems.postId))
    .leftJoin(people, eq(people.id, auditItems.clerkId));
}

const flatten = (r: { item: AuditItem } & Omit<AuditItemView, keyof AuditItem>): AuditItemView => {
  const { item, ...rest } = r;
  return { ...item, ...rest };
};

/** A sample's tickets in post order, then ticket number. */
export function auditItemsOf(db: DbOrTx, sampleId: number): AuditItemView[] {
  return viewRows(db)
    .where(eq(auditItems.sampleId, sampleId))
    .orderBy(asc(auditItems.postId), asc(tickets.number))
    .all()
    .map(flatten);
}

export function auditItem(db: DbOrTx, id: number): AuditItemView | undefined {
  const row = viewRows(db).where(eq(auditItems.id, id)).get();
  return row && flatten(row);
}

export function recordAuditCheck(
  db: DbOrTx,
  id: number,
  result: Pick<AuditItem, "paper" | "ledger" | "followUp" | "note" | "checkedById" | "checkedAt">,
): void {
  db.update(auditItems).set(result).where(eq(auditItems.id, id)).run();
}

/** Checked items with at least one problem, oldest sample first: the retraining list's source. */
export function auditProblems(db: DbOrTx): (AuditItemView & { month: string })[] {
  return db
    .select({ ...itemView, month: auditSamples.month })
    .from(auditItems)
    .innerJoin(auditSamples, eq(auditSamples.id, auditItems.sampleId))
    .innerJoin(tickets, eq(tickets.id, auditItems.ticketId))
    .innerJoin(posts, eq(posts.id, auditItems.postId))
    .leftJoin(people, eq(people.id, auditItems.clerkId))
    .where(
      and(
        isNotNull(auditItems.checkedAt),
        or(
          eq(auditItems.paper, "problem"),
          eq(auditItems.ledger, "problem"),
          eq(auditItems.followUp, "problem"),
        ),
      ),
    )
    .orderBy(asc(auditSamples.month), asc(tickets.number))
    .all()
    .map(({ month, ...r }) => ({ ...flatten(r), month }));
}

/** The first unchecked item of a sample, in the order `auditItemsOf` lists them. */
export function nextUncheckedItem(db: DbOrTx, sampleId: number): AuditItemView | undefined {
  const row = viewRows(db)
    .where(and(eq(auditItems.sampleId, sampleId), isNull(auditItems.checkedAt)))
    .orderBy(asc(auditItems.postId), asc(tickets.number))
    .get();
  return row && flatten(row);
}
