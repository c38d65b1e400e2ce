import { and, eq, isNull, lte } from "drizzle-orm";
import type { DbOrTx } from "../database.js";
import { ticketLeads } from "../schema.js";

export type TicketLead = typeof ticketLeads.$inferSelect;

/** The ticket's lead now, if it has one. */
export function activeLead(db: DbOrTx, ticketId: number): TicketLead | undefined {
  return db
    .select()
    .from(ticketLeads)
    .where(and(eq(ticketLeads.ticketId, ticketId), isNull(ticketLeads.endedAt)))
    .get();
}

/** Names a new lead for a ticket; the previous one (if any) ends now. */
export function assignLead(db: DbOrTx, lead: typeof ticketLeads.$inferInsert): TicketLead {
  db.update(ticketLeads)
    .set({ endedAt: lead.assignedAt })
    .where(and(eq(ticketLeads.ticketId, lead.ticketId), isNull(ticketLeads.endedAt)))
    .run();
  return db.insert(ticketLeads).values(lead).returning().get();
}

export function updateLead(
  db: DbOrTx,
  id: number,
  patch: Partial<Pick<TicketLead, "lastUpdate" | "lastUpdateAt" | "nextReminderAt" | "endedAt">>,
): void {
  db.update(ticketLeads).set(patch).where(eq(ticketLeads.id, id)).run();
}

/** Active leads whose progress reminder is due at `now`. */
export function leadsDue(db: DbOrTx, now: Date): TicketLead[] {
  return db
    .select()
    .from(ticketLeads)
    .where(and(isNull(ticketLeads.endedAt), lte(ticketLeads.nextReminderAt, now)))
    .all();
}
