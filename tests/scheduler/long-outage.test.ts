import { isNotNull } from "drizzle-orm";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type App, createApp, defaultServices } from "../../src/app.js";
import { loadConfig } from "../../src/config/config.js";
import { recordJobRun } from "../../src/db/queries/job-runs.js";
import { conversations } from "../../src/db/schema.js";
import { at, RecordingChannel, SchedulerHarness } from "../support/scheduler-harness.js";
import { tempDbPath } from "../support/temp-db.js";

const opened: SchedulerHarness[] = [];
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const each of opened.splice(0)) await each.close().catch(() => undefined);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const nextTurn = () => new Promise<void>((done) => setImmediate(done));

describe("catching up after a long outage", () => {
  it("the missed jobs run after 'office-desk started', not before it", async () => {
    const temp = tempDbPath();
    cleanups.push(temp.cleanup);
    const events: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => events.push(JSON.parse(line).msg) });
    const now = at("2026-11-30 11:00");
    const app: App = await createApp({
      config: loadConfig({ DATABASE_PATH: temp.path, LOG_LEVEL: "info", PORT: "0" }),
      log,
      clock: () => now,
      channels: async () => [new RecordingChannel(() => now)],
      services: (config) => [
        ...defaultServices(config),
        {
          id: "morning-probe",
          jobs: [{ name: "morning", schedule: "30 8 * * *", run: () => void events.push("missed job ran") }],
        },
      ],
    });
    cleanups.push(() => app.stop());
    // The bot last ran at 08:00 and comes back at 11:00: the 08:30 run was missed.
    recordJobRun(app.db, "morning", at("2026-11-30 08:00"));
    await app.start();
    await vi.waitFor(() => expect(events).toContain("missed job ran"), { timeout: 10_000 });
    expect(events.indexOf("office-desk started")).toBeLessThan(events.indexOf("missed job ran"));
  });

  it("a teacher is answered while hundreds of timed-out conversations are being ended", async () => {
    const h = await SchedulerHarness.open({ start: "2026-11-30 09:00" });
    opened.push(h);
    const teachers = Array.from({ length: 450 }, (_, i) => `老师${i}`);
    for (const teacher of teachers) h.say(teacher, "投影仪坏了");
    await h.tick();
    await h.crash();
    h.setNow("2026-11-30 12:00");
    const restarted = await h.reopen();
    opened.push(restarted);
    const inFlow = () =>
      restarted.app.db.select().from(conversations).where(isNotNull(conversations.flowId)).all().length;
    const notices = () => restarted.sentContaining("长时间没有继续").length;

    await restarted.scheduler.start({ catchUpInBackground: true });
    // The catch-up ends them in batches: a message comes in when some are ended and others not yet.
    let answered: { inFlow: number; reply: string } | undefined;
    for (let turn = 0; turn < 100_000 && !answered && inFlow() > 0; turn++) {
      if (inFlow() < teachers.length)
        answered = { inFlow: inFlow(), reply: restarted.sayText("李老师", "菜单") };
      await nextTurn();
    }
    await vi.waitFor(() => expect(notices()).toBe(teachers.length), { timeout: 30_000 });

    expect(answered?.inFlow).toBeGreaterThan(0);
    expect(answered?.reply).toContain("综合办公室");
    expect(inFlow()).toBe(0);
    expect(restarted.outbox("conversation-expired")).toHaveLength(teachers.length);
  });
});
