// The floor the engine is measured against: raw better-sqlite3 on the migrated schema, statements prepared
// once, one IMMEDIATE transaction per turn, doing only the writes a turn must do.
import Sqlite from "better-sqlite3";
import { closeDatabase, openDatabase } from "../../src/db/database.js";

const people = 300;

export interface Floor {
  /**
   * Runs `turns` more turns of a kind and returns the milliseconds they took: (a) `field` reads the
   * conversation and the person and updates the conversation; (b) `ticket` does (a) plus the day's counter, the
   * ticket, its event, three clocks and two outbox rows.
   */
  time(kind: "field" | "ticket", turns: number): number;
  close(): void;
}

/** The floor on a fresh migrated file at `path`, to be run in slices between the engine's. */
export function openFloor(path: string): Floor {
  closeDatabase(openDatabase(path));
  const db = new Sqlite(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const now = Date.now();
  db.prepare("insert into posts (id, name) values ('floor', 'floor')").run();
  const addPerson = db.prepare("insert into people (name) values (?)");
  const addConversation = db.prepare(
    `insert into conversations (channel, user_key, person_id, "values", state, updated_at)
     values ('console', ?, ?, '{}', '{}', ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < people; i++) {
      const id = Number(addPerson.run(`floor${i}`).lastInsertRowid);
      addConversation.run(`floor${i}`, id, now);
    }
  })();

  const readConversation = db.prepare(
    "select * from conversations where channel = 'console' and user_key = ? and thread_key = ''",
  );
  const readPerson = db.prepare("select * from people where id = ?");
  const saveConversation = db.prepare(
    'update conversations set step = ?, "values" = ?, state = ?, updated_at = ? where id = ?',
  );
  const nextSeq = db.prepare(
    `insert into ticket_counters (day, last_seq) values (?, 1)
     on conflict (day) do update set last_seq = last_seq + 1 returning last_seq`,
  );
  const insertTicket = db.prepare(
    `insert into tickets (number, type, flow_version, fields, summary, requester_id, post_id, priority, status,
       channel, created_at, updated_at)
     values (?, 'repair', 1, ?, ?, ?, 'floor', 'normal', 'new', 'console', ?, ?)`,
  );
  const insertEvent = db.prepare(
    "insert into ticket_events (ticket_id, at, actor_id, action, to_status) values (?, ?, ?, 'create', 'new')",
  );
  const insertClock = db.prepare(
    `insert into ticket_deadlines (ticket_id, milestone, started_at, due_at, next_alert_at)
     values (?, ?, ?, ?, ?)`,
  );
  const enqueue = db.prepare(
    `insert into outbox (dedupe_key, recipient_id, kind, content, ticket_id, status, next_attempt_at, created_at)
     values (?, ?, ?, ?, ?, 'pending', ?, ?) on conflict (dedupe_key) do nothing`,
  );

  type Row = { id: number; person_id: number };
  const turn = (i: number, createTicket: boolean) => {
    const conversation = readConversation.get(`floor${i % people}`) as Row;
    const person = readPerson.get(conversation.person_id) as { id: number };
    const at = now + i;
    if (createTicket) {
      const { last_seq: seq } = nextSeq.get("2026-11-26") as { last_seq: number };
      const fields = JSON.stringify({ location: `A${i}`, problem: "投影仪不亮", phone: "8001" });
      const ticketId = Number(
        insertTicket.run(`FLOOR-${seq}`, fields, "投影仪不亮", person.id, at, at).lastInsertRowid,
      );
      insertEvent.run(ticketId, at, person.id);
      for (const milestone of ["response", "onsite", "resolution"])
        insertClock.run(ticketId, milestone, at, at + 3_600_000, at + 1_800_000);
      const notice = JSON.stringify({ text: `新工单 FLOOR-${seq}：投影仪不亮` });
      enqueue.run(`new:${ticketId}:clerk`, person.id, "new-ticket", notice, ticketId, at, at);
      enqueue.run(`new:${ticketId}:requester`, person.id, "ticket-created", notice, ticketId, at, at);
    }
    saveConversation.run(
      createTicket ? null : "problem",
      '{"location":"A1"}',
      '{"history":[]}',
      at,
      conversation.id,
    );
  };
  const field = db.transaction((i: number) => turn(i, false));
  const ticket = db.transaction((i: number) => turn(i, true));
  let done = 0;
  return {
    time(kind, turns) {
      const run = kind === "field" ? field : ticket;
      const start = performance.now();
      for (let i = 0; i < turns; i++) run.immediate(done++);
      return performance.now() - start;
    },
    close: () => db.close(),
  };
}
