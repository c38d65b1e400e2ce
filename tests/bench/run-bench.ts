// `npm run bench`: throughput of the engine and the outbox, the cost of the overdue sweep as the number of
// open tickets and of due clocks grows, and the intent model's training time and per-message latency. Runs on a temp SQLite file with a fake clock; prints numbers only.
// BENCH_TICKETS (default 1000) and BENCH_OPEN (default 10000) change the sizes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { pino } from "pino";
import { createApp } from "../../src/app.js";
import type { Channel } from "../../src/channels/channel.js";
import { loadConfig } from "../../src/config/config.js";
import { directoryReferrals } from "../../src/directory/referrals.js";
import { sweepOverdue } from "../../src/scheduler/jobs/overdue-sweep.js";
import { ServiceIntents } from "../../src/understanding/service-intents.js";

const ticketsThroughEngine = Number(process.env.BENCH_TICKETS ?? 1000);
const openTickets = Number(process.env.BENCH_OPEN ?? 10_000);

const dir = mkdtempSync(join(tmpdir(), "office-desk-bench-"));
let now = DateTime.fromISO("2026-11-02T08:30", { zone: "Asia/Shanghai" }).toJSDate();
const clock = () => new Date(now.getTime());
let delivered = 0;
const nullChannel: Channel = {
  name: "console",
  start: async () => undefined,
  stop: async () => undefined,
  canReach: () => true,
  deliver: async () => {
    delivered++;
  },
  reply: async () => undefined,
};

const app = await createApp({
  config: loadConfig({ DATABASE_PATH: join(dir, "bench.db"), LOG_LEVEL: "silent" }),
  log: pino({ level: "silent" }),
  clock,
  channels: async () => [nullChannel],
});
const raw = app.db.$client;
const ms = (start: number) => performance.now() - start;
const rate = (count: number, millis: number) =>
  `${Math.round((count * 1000) / millis).toLocaleString("en")}/s`;
const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

// 1. Tickets through the whole engine: the report, maybe "否" (not urgent), then "确认"; spread over a fortnight.
// Teaching equipment is urgent by itself; the others ask "is it urgent?" first.
const problems: [string, boolean][] = [
  ["投影仪不亮", false],
  ["话筒坏了", false],
  ["空调坏了", true],
  ["门锁坏了", true],
  ["灯不亮", true],
];
let messages = 0;
let started = performance.now();
for (let i = 0; i < ticketsThroughEngine; i++) {
  const who = { channel: "console" as const, userId: `老师${i % 300}`, displayName: `老师${i % 300}` };
  const [problem, asksUrgency] = problems[i % problems.length]!;
  const turns = [
    `教学楼A${100 + (i % 400)} ${problem} 分机 ${8000 + (i % 999)}`,
    ...(asksUrgency ? ["否"] : []),
    "确认",
  ];
  for (const text of turns) app.engine.handle({ sender: who, text });
  messages += turns.length;
  now = new Date(now.getTime() + 7 * 60_000);
}
const engineMs = ms(started);
const created = (raw.prepare("select count(*) as n from tickets").get() as { n: number }).n;
console.log(`\noffice-desk benchmark (temp SQLite file, WAL)\n`);
row(
  `tickets created through the engine (${created})`,
  `${rate(created, engineMs)}  (${engineMs.toFixed(0)} ms)`,
);
row(
  `engine messages handled (${messages})`,
  `${rate(messages, engineMs)}  (${(engineMs / messages).toFixed(2)} ms each)`,
);

// 2. The outbox: every assignment notice those tickets caused, handed to a channel and marked sent.
const queued = (
  raw.prepare("select count(*) as n from outbox where status = 'pending'").get() as { n: number }
).n;
started = performance.now();
await app.dispatcher.dispatchDue();
const dispatchMs = ms(started);
row(
  `outbox messages dispatched (${delivered} of ${queued})`,
  `${rate(delivered, dispatchMs)}  (${dispatchMs.toFixed(0)} ms)`,
);

// 3. Grow to `openTickets` open tickets by copying the engine's ones, with every clock due in a month.
const insertTicket = raw.prepare(
  `insert into tickets (number, type, flow_version, fields, summary, requester_id, post_id, priority, status, channel, created_at, updated_at)
   select number || '-c' || ?, type, flow_version, fields, summary, requester_id, post_id, priority, 'new', channel, created_at, updated_at
   from tickets where id = ?`,
);
const insertDeadline = raw.prepare(
  `insert into ticket_deadlines (ticket_id, milestone, started_at, due_at, alert_level, next_alert_at)
   select ?, milestone, started_at, due_at, 0, next_alert_at from ticket_deadlines where ticket_id = ?`,
);
raw.transaction(() => {
  for (let copy = 0; created + copy < openTickets; copy++) {
    const id = Number(insertTicket.run(copy, (copy % created) + 1).lastInsertRowid);
    insertDeadline.run(id, (copy % created) + 1);
  }
})();
const sweepAt = new Date(now.getTime() + 60_000);
const farAway = sweepAt.getTime() + 30 * 86_400_000;
const open = (raw.prepare("select count(*) as n from tickets where status = 'new'").get() as { n: number }).n;
const clocks = (
  raw.prepare("select count(*) as n from ticket_deadlines where met_at is null").get() as { n: number }
).n;

function makeDue(count: number): void {
  raw.prepare("delete from outbox where kind like 'sla-%' or kind = 'overdue-digest'").run();
  raw
    .prepare(
      "update ticket_deadlines set next_alert_at = ?, alert_level = 0, met_at = null, paused_at = null",
    )
    .run(farAway);
  raw
    .prepare(
      "update ticket_deadlines set next_alert_at = ? where id in (select id from ticket_deadlines order by id limit ?)",
    )
    .run(sweepAt.getTime() - 60_000, count);
}

/** Median of a few sweeps, each over freshly due clocks. */
function timeSweep(due: number): { millis: number; queued: number } {
  const runs: { millis: number; queued: number }[] = [];
  for (let i = 0; i < 5; i++) {
    makeDue(due);
    const start = performance.now();
    const report = sweepOverdue(app.context, sweepAt, { escalateAfter: { hours: 1 }, digestThreshold: 3 });
    runs.push({ millis: ms(start), queued: report.queued });
  }
  return runs.sort((a, b) => a.millis - b.millis)[2]!;
}

console.log(
  `\noverdue sweep over ${open.toLocaleString("en")} open tickets (${clocks.toLocaleString("en")} running clocks):`,
);
for (const due of [0, 10, 100, 1000]) {
  const { millis, queued: alerts } = timeSweep(due);
  row(`  ${due} clocks due`, `${millis.toFixed(2)} ms  (${alerts} messages queued)`);
}
makeDue(0);
started = performance.now();
const scanned = raw
  .prepare(
    "select d.*, t.* from ticket_deadlines d join tickets t on t.id = d.ticket_id where d.met_at is null",
  )
  .all().length;
row(`  for comparison: reading every running clock (${scanned})`, `${ms(started).toFixed(2)} ms`);

// 4. Understanding: training the intent model at start-up, and classifying one message (p50/p99).
const trainRuns: number[] = [];
let intents = app.context.understanding;
for (let i = 0; i < 5; i++) {
  started = performance.now();
  intents = ServiceIntents.train(app.context.flows.all(), directoryReferrals(app.context.directory));
  trainRuns.push(ms(started));
}
const sentences = app.context.flows.all().flatMap((f) => f.examples.map((e) => `${e}，谢谢`));
const classify: number[] = [];
for (let i = 0; i < 5000; i++) {
  const text = sentences[i % sentences.length]!;
  started = performance.now();
  intents.interpret(text);
  classify.push(ms(started));
}
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
console.log("\nunderstanding");
row("  intent model training at start-up (median of 5)", `${quantile(trainRuns, 0.5).toFixed(1)} ms`);
row(
  `  classifying one message (${classify.length} messages)`,
  `p50 ${quantile(classify, 0.5).toFixed(3)} ms, p99 ${quantile(classify, 0.99).toFixed(3)} ms`,
);

await app.stop();
rmSync(dir, { recursive: true, force: true });
