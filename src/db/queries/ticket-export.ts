import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "../database.js";
import {
  auditItems,
  auditSamples,
  people,
  posts,
  ratings,
  ticketDeadlines,
  ticketEvents,
  tickets,
} from "../schema.js";
import type { PostFilter } from "./dashboard.js";

const requester = alias(people, "requester");
const assignee = alias(people, "assignee");

/** The tickets an export covers: created in [from, to), of the viewer's posts (undefined: every post). */
export interface ExportSelection {
  from: Date;
  to: Date;
  postIds: PostFilter;
}

const selected = ({ from, to, postIds }: ExportSelection) =>
  and(
    gte(tickets.createdAt, from),
    lt(tickets.createdAt, to),
    postIds === undefined ? undefined : inArray(tickets.postId, [...postIds]),
  );

/** The selection's ticket ids as a subquery: a month at a district's scale is more ids than SQLite may bind. */
const selectedIds = (db: DbOrTx, selection: ExportSelection) =>
  db.select({ id: tickets.id }).from(tickets).where(selected(selection));

/** The selection's tickets with their requester's, assignee's and post's names, oldest first. */
export function ticketsForExport(db: DbOrTx, selection: ExportSelection) {
  if (selection.postIds?.length === 0) return [];
  return db
    .select({
      ticket: tickets,
      requester: requester.name,
      assignee: assignee.name,
      post: posts.name,
    })
    .from(tickets)
    .innerJoin(requester, eq(requester.id, tickets.requesterId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .innerJoin(posts, eq(posts.id, tickets.postId))
    .where(selected(selection))
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .all();
}

export function deadlinesOfTickets(db: DbOrTx, selection: ExportSelection) {
  if (selection.postIds?.length === 0) return [];
  return db
    .select()
    .from(ticketDeadlines)
    .where(inArray(ticketDeadlines.ticketId, selectedIds(db, selection)))
    .all();
}

/** Every event of the tickets with the actor's name, in order. */
export function eventsOfTickets(db: DbOrTx, selection: ExportSelection) {
  if (selection.postIds?.length === 0) return [];
  return db
    .select({ event: ticketEvents, actor: people.name })
    .from(ticketEvents)
    .leftJoin(people, eq(people.id, ticketEvents.actorId))
    .where(inArray(ticketEvents.ticketId, selectedIds(db, selection)))
    .orderBy(asc(ticketEvents.id))
    .all();
}

export function ratingsOfTickets(db: DbOrTx, selection: ExportSelection) {
  if (selection.postIds?.length === 0) return [];
  return db
    .select()
    .from(ratings)
    .where(inArray(ratings.ticketId, selectedIds(db, selection)))
    .all();
}

/** The audit checks of the tickets (every sample they were drawn in), with the month and the checker's name. */
export function auditItemsOfTickets(db: DbOrTx, selection: ExportSelection) {
  if (selection.postIds?.length === 0) return [];
  return db
    .select({ item: auditItems, month: auditSamples.month, checker: people.name })
    .from(auditItems)
    .innerJoin(auditSamples, eq(auditSamples.id, auditItems.sampleId))
    .leftJoin(people, eq(people.id, auditItems.checkedById))
    .where(inArray(auditItems.ticketId, selectedIds(db, selection)))
    .orderBy(asc(auditSamples.month), asc(auditItems.id))
    .all();
}
