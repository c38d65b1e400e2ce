import type { Db } from "../../src/db/database.js";

export interface BulkTicket {
  number: string;
  postId?: string;
  priority?: "urgent" | "important" | "normal";
  status?: string;
  createdAt: Date;
  /** The requester's id; by default the first person in the database. */
  requesterId?: number;
  /** A running resolution clock due then, if given. */
  dueAt?: Date;
}

/**
 * Puts tickets straight into the database, for tests about long lists that would take hundreds of messages to
 * make through the engine. Returns the tickets' ids.
 */
export function insertTickets(db: Db, list: readonly BulkTicket[]): number[] {
  const raw = db.$client;
  const firstPerson = (raw.prepare("select id from people order by id limit 1").get() as { id: number }).id;
  const ticket = raw.prepare(
    `insert into tickets (number, type, flow_version, fields, summary, requester_id, post_id, priority, status,
       channel, created_at, updated_at) values (?, 'repair', 1, '{}', ?, ?, ?, ?, ?, 'console', ?, ?)`,
  );
  const clock = raw.prepare(
    "insert into ticket_deadlines (ticket_id, milestone, started_at, due_at) values (?, 'resolution', ?, ?)",
  );
  return raw.transaction(() =>
    list.map((t) => {
      const at = t.createdAt.getTime();
      const id = Number(
        ticket.run(
          t.number,
          "教室设备报修",
          t.requesterId ?? firstPerson,
          t.postId ?? "houqin",
          t.priority ?? "normal",
          t.status ?? "new",
          at,
          at,
        ).lastInsertRowid,
      );
      if (t.dueAt) clock.run(id, at, t.dueAt.getTime());
      return id;
    }),
  )();
}
