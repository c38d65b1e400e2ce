// A school district's database made with raw SQL: a million tickets over two years (the newest `open` still
// open, a quarter of those at 后勤 so 刘师傅 has a long queue), three SLA clocks each, ratings for half the
// resolved ones, one requester per live conversation. Made once per size and schema, then copied per run.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { closeDatabase, migrationsFolder, openDatabase } from "../../src/db/database.js";
import { syncDirectory } from "../../src/db/queries/directory-sync.js";
import { loadDirectory } from "../../src/directory/load-directory.js";

export interface MillionSizes {
  tickets: number;
  open: number;
  /** Live conversations, one per requester (there are as many requesters). */
  conversations: number;
}

const generatorVersion = 1;
const day = 86_400_000;

/** Open-ticket posts: every fourth open ticket is a repair for 后勤, the rest spread over four desks. */
const openPosts = [
  ["houqin", "repair"],
  ["wenyin", "printing"],
  ["huiwu", "meeting"],
  ["xietiao", "complaint"],
  ["xinxi", "notice"],
] as const;

/** The queue of 刘师傅 (后勤) holds this many tickets. */
export const clerkQueueSize = (sizes: MillionSizes) => Math.floor(sizes.open / 4);

function schemaKey(sizes: MillionSizes, now: Date): string {
  const hash = createHash("sha1").update(JSON.stringify({ sizes, now, generatorVersion }));
  for (const name of readdirSync(migrationsFolder).sort())
    if (name.endsWith(".sql")) hash.update(readFileSync(join(migrationsFolder, name)));
  return hash.digest("hex").slice(0, 12);
}

/** Copies the generated database for `sizes` to `target`, generating it first when no cached copy exists. */
export function millionTicketDb(target: string, sizes: MillionSizes, now: Date, directoryPath: string): void {
  const cacheDir = join(tmpdir(), "office-desk-bench-cache");
  mkdirSync(cacheDir, { recursive: true });
  const cached = join(cacheDir, `tickets-${sizes.tickets}-${schemaKey(sizes, now)}.db`);
  if (!existsSync(cached)) {
    const building = `${cached}.building-${process.pid}`;
    generate(building, sizes, now, directoryPath);
    renameSync(building, cached);
  }
  copyFileSync(cached, target);
}

function generate(path: string, sizes: MillionSizes, now: Date, directoryPath: string): void {
  rmSync(path, { force: true });
  const migrated = openDatabase(path);
  syncDirectory(migrated, loadDirectory(directoryPath));
  closeDatabase(migrated);
  const db = new Sqlite(path);
  db.pragma("journal_mode = DELETE");
  db.pragma("synchronous = OFF");
  // Indexes are dropped while the rows go in and created again after: the same schema, made much faster.
  const indexes = db
    .prepare(
      `select name, sql from sqlite_master where type = 'index' and sql is not null
       and tbl_name in ('tickets', 'ticket_deadlines', 'ratings', 'people', 'conversations')`,
    )
    .all() as { name: string; sql: string }[];
  const nowMs = now.getTime();
  const span = 730 * day;
  const total = sizes.tickets;
  const firstOpen = total - sizes.open + 1;
  const teachers = sizes.conversations;
  const firstTeacher = (
    db.prepare("select coalesce(max(id), 0) + 1 as id from people").get() as { id: number }
  ).id;
  const clerkOf = Object.fromEntries(
    (
      db
        .prepare("select post_id as post, min(person_id) as person from person_posts group by post_id")
        .all() as { post: string; person: number }[]
    ).map((r) => [r.post, r.person]),
  );
  const postCase = (index: string) =>
    `case ${index} ${openPosts.map(([post], i) => `when ${i} then '${post}'`).join(" ")} end`;
  const typeCase = (index: string) =>
    `case ${index} ${openPosts.map(([, type], i) => `when ${i} then '${type}'`).join(" ")} end`;
  const clerkCase = (index: string) =>
    `case ${index} ${openPosts.map(([post], i) => `when ${i} then ${clerkOf[post] ?? "null"}`).join(" ")} end`;
  const numbers = `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)`;

  db.transaction(() => {
    for (const { name } of indexes) db.exec(`drop index "${name}"`);
    db.prepare(
      `${numbers} insert into people (id, name, preferred_channel, in_directory, created_at)
       select ? + i - 1, '老师' || i, 'console', 0, ? from n`,
    ).run(teachers, firstTeacher, nowMs - span);
    // Open tickets: 0 → 后勤, 1..4 → the other desks; status new/accepted/in_progress/waiting in turn.
    db.prepare(
      `${numbers}, t(i, post, created) as (
         select i, case when i >= ? then (case when i % 4 = 0 then 0 else 1 + (i / 4) % 4 end) else i % 5 end,
           ? - (? - i) * ? from n)
       insert into tickets (id, number, type, flow_version, fields, summary, requester_id, post_id, assignee_id,
         priority, status, channel, created_at, updated_at, accepted_at, resolved_at, closed_at, paused_at,
         problem_place_reversed)
       select i, 'BENCH-' || i, ${typeCase("post")}, 1, '{"location":"教学楼A' || (i % 400) || '"}',
         '教学楼A' || (i % 400) || ' 第 ' || i || ' 号事项', ? + i % ?, ${postCase("post")},
         case when i >= ? and (i / 7) % 4 = 0 then null else ${clerkCase("post")} end,
         case i % 10 when 0 then 'urgent' when 1 then 'important' else 'normal' end,
         case when i >= ? then (case (i / 7) % 4 when 0 then 'new' when 1 then 'accepted'
                                     when 2 then 'in_progress' else 'waiting' end)
              when created >= ? then 'resolved' else 'closed' end,
         'console', created, created + 14400000,
         case when i >= ? and (i / 7) % 4 = 0 then null else created + 1800000 end,
         case when i >= ? then null else created + 14400000 end,
         case when i >= ? or created >= ? then null else created + 100800000 end,
         case when i >= ? and (i / 7) % 4 = 3 then created + 3600000 end,
         case when post = 0 then '' end
       from t`,
    ).run(
      total,
      firstOpen,
      nowMs,
      total,
      Math.floor(span / total),
      firstTeacher,
      teachers,
      firstOpen,
      firstOpen,
      nowMs - 14 * day,
      firstOpen,
      firstOpen,
      firstOpen,
      nowMs - 14 * day,
      firstOpen,
    );
    // Three clocks per ticket: met on closed tickets, running (and not due for a day or more) on open ones.
    for (const [k, milestone, hours] of [
      [0, "response", 2],
      [1, "onsite", 8],
      [2, "resolution", 120],
    ] as const) {
      db.prepare(
        `insert into ticket_deadlines (id, ticket_id, milestone, started_at, due_at, met_at, paused_at,
           alert_level, next_alert_at)
         select id * 3 - ${2 - k}, id, '${milestone}', created_at, created_at + ${hours * 3_600_000},
           resolved_at, paused_at, 0,
           case when resolved_at is null and paused_at is null then ? + (id % 1000) * 60000 end
         from tickets`,
      ).run(nowMs + day);
    }
    db.prepare(
      `insert into ratings (ticket_id, requester_id, score, created_at, updated_at)
       select id, requester_id, 4 + id % 2, resolved_at + 3600000, resolved_at + 3600000
       from tickets where resolved_at is not null and id % 2 = 0`,
    ).run();
    db.prepare(
      `${numbers} insert into conversations (channel, user_key, person_id, flow_id, flow_version, step, "values",
         state, locale, updated_at)
       select 'console', '老师' || i, ? + i - 1, 'repair', 1, 'problem', '{"location":"教学楼A' || (i % 400) || '"}',
         '{}', 'zh', ? from n`,
    ).run(teachers, firstTeacher, nowMs - 60_000);
    db.prepare(
      "insert into ticket_counters (day, last_seq) values ('2026-11-26', 0) on conflict do nothing",
    ).run();
    for (const { sql } of indexes) db.exec(sql);
  })();
  db.pragma("journal_mode = WAL");
  db.close();
}
