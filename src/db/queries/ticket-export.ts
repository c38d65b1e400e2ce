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

/** Tickets created in [from, to) with their requester's, assignee's and post's names, oldest first. */
export function ticketsForExport(db: DbOrTx, from: Date, to: Date, postIds: PostFilter) {
  if (postIds?.length === 0) return [];
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
    .where(
      and(
        gte(tickets.createdAt, from),
        lt(tickets.createdAt, to),
        postIds === undefined ? undefined : inArray(tickets.postId, [...postIds]),
      ),
    )
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .all();
}

export function deadlinesOfTickets(db: DbOrTx, ticketIds: readonly number[]) {
  if (ticketIds.length === 0) return [];
  return db
    .select()
    .from(ticketDeadlines)
    .where(inArray(ticketDeadlines.ticketId, [...ticketIds]))
    .all();
}

/** Every event of the tickets with the actor's name, in order. */
export function eventsOfTickets(db: DbOrTx, ticketIds: readonly number[]) {
  if (ticketIds.length === 0) return [];
  return db
    .select({ event: ticketEvents, actor: people.name })
    .from(ticketEvents)
    .leftJoin(people, eq(people.id, ticketEvents.actorId))
    .where(inArray(ticketEvents.ticketId, [...ticketIds]))
    .orderBy(asc(ticketEvents.id))
    .all();
}

export function ratingsOfTickets(db: DbOrTx, ticketIds: readonly number[]) {
  if (ticketIds.length === 0) return [];
  return db
    .select()
    .from(ratings)
    .where(inArray(ratings.ticketId, [...ticketIds]))
    .all();
}

/** The audit checks of the tickets (every sample they were drawn in), with the month and the checker's name. */
export function auditItemsOfTickets(db: DbOrTx, ticketIds: readonly number[]) {
  if (ticketIds.length === 0) return [];
  return db
    .select({ item: auditItems, month: auditSamples.month, checker: people.name })
    .from(auditItems)
    .innerJoin(auditSamples, eq(auditSamples.id, auditItems.sampleId))
    .leftJoin(people, eq(people.id, auditItems.checkedById))
    .where(inArray(auditItems.ticketId, [...ticketIds]))
    .orderBy(asc(auditSamples.month), asc(auditItems.id))
    .all();
}
