import { getTasks } from "node-cron";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lastJobRun } from "../../src/db/queries/job-runs.js";
import type { EngineContext } from "../../src/engine/context.js";
import type { Job } from "../../src/scheduler/job.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { SchedulerHarness, wallOf } from "../support/scheduler-harness.js";

let h: SchedulerHarness;
const opened: SchedulerHarness[] = [];

afterEach(async () => {
  for (const each of opened.splice(0)) await each.close().catch(() => undefined);
  h.dispose();
});

/** A job that remembers the wall times it ran at. */
function recordingJob(
  name: string,
  schedule: string,
  runs: string[],
  run?: (now: Date) => void | Promise<void>,
): Job {
  return {
    name,
    schedule,
    run: async (_ctx: EngineContext, now: Date) => {
      runs.push(wallOf(now));
      await run?.(now);
    },
  };
}

async function open(start: string, jobs: Job[]): Promise<SchedulerHarness> {
  h = await SchedulerHarness.open({ start, jobs: () => jobs });
  opened.push(h);
  return h;
}

describe("scheduler", () => {
  it("runs a job at each minute its schedule matches in the school's time zone", async () => {
    const runs: string[] = [];
    await open("2026-11-30 08:00", [
      recordingJob("morning", "30 8 * * *", runs),
      recordingJob("quarter", "*/15 * * * *", []),
    ]);
    await h.tickUntil("2026-12-01 09:00");
    expect(runs).toEqual(["2026-11-30 08:30", "2026-12-01 08:30"]);
  });

  it("keeps each job's last run in job_runs", async () => {
    await open("2026-11-30 08:00", [recordingJob("quarter", "*/15 * * * *", [])]);
    await h.tickUntil("2026-11-30 08:20");
    expect(lastJobRun(h.app.db, "quarter")?.getTime()).toBe(h.now.getTime() - 5 * 60_000);
  });

  it("a restart runs a job it missed while down, once, and not again until its next time", async () => {
    const runs: string[] = [];
    await open("2026-11-30 08:00", [recordingJob("morning", "30 8 * * *", runs)]);
    await h.tickUntil("2026-11-30 08:10");
    await h.crash();
    h.setNow("2026-11-30 11:00");
    const restarted = await h.reopen({ jobs: () => [recordingJob("morning", "30 8 * * *", runs)] });
    opened.push(restarted);
    await restarted.scheduler.start();
    await restarted.scheduler.stop();
    await restarted.tickUntil("2026-11-30 18:00", 10);
    expect(runs).toEqual(["2026-11-30 11:00"]);
  });

  it("in the background, start-up returns before the missed jobs run, and other work gets turns between them", async () => {
    const order: string[] = [];
    const missed = (name: string) => recordingJob(name, "30 8 * * *", [], () => void order.push(name));
    await open("2026-11-30 08:00", [missed("digest"), missed("reminder")]);
    await h.tickUntil("2026-11-30 08:10");
    await h.crash();
    h.setNow("2026-11-30 11:00");
    const restarted = await h.reopen({ jobs: () => [missed("digest"), missed("reminder")] });
    opened.push(restarted);
    await restarted.scheduler.start({ catchUpInBackground: true });
    order.push("started");
    // An acknowledgement arriving meanwhile: it runs between the two jobs, not after the whole pass.
    setImmediate(() => setImmediate(() => order.push("ack")));
    await vi.waitFor(() => expect(order).toContain("reminder"));
    await restarted.scheduler.stop();
    expect(order).toEqual(["started", "digest", "ack", "reminder"]);
  });

  it("a job seen for the first time does not run for times before it was known", async () => {
    const runs: string[] = [];
    await open("2026-11-30 11:00", [recordingJob("morning", "30 8 * * *", runs)]);
    await h.scheduler.start();
    await h.scheduler.stop();
    expect(runs).toEqual([]);
  });

  it("a job that throws is logged, does not stop the others, and runs again at the next tick", async () => {
    const runs: string[] = [];
    const others: string[] = [];
    let failures = 2;
    await open("2026-11-30 09:00", [
      recordingJob("flaky", "* * * * *", runs, () => {
        if (failures-- > 0) throw new Error("database is locked");
      }),
      recordingJob("steady", "* * * * *", others),
    ]);
    await h.tickUntil("2026-11-30 09:04");
    expect(runs).toEqual(["2026-11-30 09:01", "2026-11-30 09:02", "2026-11-30 09:03", "2026-11-30 09:04"]);
    expect(others).toEqual(["2026-11-30 09:01", "2026-11-30 09:02", "2026-11-30 09:03", "2026-11-30 09:04"]);
    expect(lastJobRun(h.app.db, "flaky")?.getTime()).toBe(h.now.getTime());
  });

  it("a failed daily job is tried again at the next tick rather than the next day", async () => {
    const runs: string[] = [];
    let failures = 1;
    await open("2026-11-30 08:00", [
      recordingJob("morning", "30 8 * * *", runs, () => {
        if (failures-- > 0) throw new Error("busy");
      }),
    ]);
    await h.tickUntil("2026-11-30 09:00");
    expect(runs).toEqual(["2026-11-30 08:30", "2026-11-30 08:31"]);
  });

  it("a job never overlaps itself", async () => {
    let release: () => void = () => undefined;
    let started = 0;
    await open("2026-11-30 09:00", [
      {
        name: "slow",
        schedule: "* * * * *",
        run: () => {
          started++;
          return new Promise<void>((resolve) => {
            release = resolve;
          });
        },
      },
    ]);
    h.setNow("2026-11-30 09:01");
    const first = h.scheduler.runDue(h.now);
    h.setNow("2026-11-30 09:02");
    const second = await h.scheduler.runDue(h.now);
    expect(second.busy).toEqual(["slow"]);
    release();
    expect((await first).ran).toEqual(["slow"]);
    expect(started).toBe(1);
  });

  it("start() registers one node-cron task per job and stop() stops them", async () => {
    await open("2026-11-30 09:00", [recordingJob("only-job", "* * * * *", [])]);
    const mine = () => [...getTasks().values()].filter((t) => t.name === "office-desk:only-job");
    await h.scheduler.start();
    expect(mine().some((t) => t.getStatus() === "idle")).toBe(true);
    await h.scheduler.stop();
    expect(mine().every((t) => t.getStatus() === "stopped")).toBe(true);
  });

  it("refuses schedules with seconds and two jobs with one name", async () => {
    await open("2026-11-30 09:00", []);
    const make = (jobs: Job[]) => () =>
      new Scheduler({ ctx: h.app.context, dispatcher: h.app.dispatcher, jobs });
    expect(make([recordingJob("fast", "*/10 * * * * *", [])])).toThrow(/five-field/);
    expect(make([recordingJob("twice", "* * * * *", []), recordingJob("twice", "0 * * * *", [])])).toThrow(
      /two jobs/,
    );
  });
});
