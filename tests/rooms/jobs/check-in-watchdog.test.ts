import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EngineContext } from "../../../src/engine/context.js";
import { bookingCheckInJob } from "../../../src/rooms/jobs/check-in-job.js";
import { checkInWatchdog, startCheckInWatchdog } from "../../../src/rooms/jobs/check-in-watchdog.js";
import { book, runJob } from "../../support/booking-harness.js";
import { type EngineHarness, openEngineHarness, shanghai } from "../../support/engine-harness.js";

let h: EngineHarness;
let warnings: string[];
let ctx: EngineContext;
beforeEach(async () => {
  h = await openEngineHarness();
  warnings = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      warnings.push(String(JSON.parse(String(chunk)).msg));
      done();
    },
  });
  ctx = { ...h.app.context, log: pino({ level: "warn" }, sink) };
});
afterEach(async () => {
  vi.useRealTimers();
  await h.close();
});

const at = (wall: string) => h.clock.set(shanghai(`2026-11-26 ${wall}`));

describe("the check-in job cannot stop silently", () => {
  it("warns when releases are due and the check-in job has not run for over 5 minutes", async () => {
    book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    at("13:50");
    await runJob(h, bookingCheckInJob());
    at("14:20");
    const finding = checkInWatchdog(ctx, h.clock.read());
    expect(finding).toEqual({ overdue: 1, lastRunAt: shanghai("2026-11-26 13:50") });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("check-in job has not run");
  });

  it("stays quiet while the job runs, and when nothing is due", async () => {
    book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    at("14:10");
    expect(checkInWatchdog(ctx, h.clock.read())).toBeUndefined();
    at("14:18");
    await runJob(h, bookingCheckInJob());
    at("14:20");
    expect(checkInWatchdog(ctx, h.clock.read())).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it("warns about a job that never ran at all", () => {
    book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    at("14:30");
    expect(checkInWatchdog(ctx, h.clock.read())).toEqual({ overdue: 1, lastRunAt: undefined });
  });

  it("runs on its own timer, apart from the scheduler", () => {
    book(h, "王老师", { room: "301", time: "今天14:00-15:00" });
    at("14:30");
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const stop = startCheckInWatchdog(ctx, { everyMs: 60_000 });
    vi.advanceTimersByTime(59_999);
    expect(warnings).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(warnings).toHaveLength(1);
    stop();
    vi.advanceTimersByTime(120_000);
    expect(warnings).toHaveLength(1);
  });
});
