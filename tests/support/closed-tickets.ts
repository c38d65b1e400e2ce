import type { DbOrTx } from "../../src/db/database.js";
import { findStaffByName } from "../../src/db/queries/people.js";
import { insertTicket, type Ticket } from "../../src/db/queries/tickets.js";
import type { ticketStatuses } from "../../src/db/schema.js";

let counter = 0;

export interface ClosedTickets {
  post: string;
  count: number;
  resolvedAt: Date;
  /** The clerk who handled them (a directory name); the requester is 王老师's stand-in, the head. */
  clerk?: string;
  status?: (typeof ticketStatuses)[number];
  type?: string;
}

/** Inserts tickets that were resolved at `resolvedAt` (a fixture for audits and reports; no clocks, no events). */
export function addClosedTickets(db: DbOrTx, options: ClosedTickets): Ticket[] {
  const requester = findStaffByName(db, "张主任");
  const clerk = options.clerk ? findStaffByName(db, options.clerk) : undefined;
  if (!requester) throw new Error("the example directory's head is missing");
  return Array.from({ length: options.count }, () => {
    counter++;
    return insertTicket(db, {
      number: `综合办-20990101-${String(counter).padStart(3, "0")}`,
      type: options.type ?? "repair",
      flowVersion: 1,
      fields: {},
      summary: `测试工单 ${counter}`,
      requesterId: requester.id,
      postId: options.post,
      assigneeId: clerk?.id ?? null,
      status: options.status ?? "resolved",
      channel: "console",
      updatedAt: options.resolvedAt,
      resolvedAt: options.resolvedAt,
    });
  });
}
