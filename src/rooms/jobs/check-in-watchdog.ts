import { lastJobRun } from "../../db/queries/job-runs.js";
import type { EngineContext } from "../../engine/context.js";
import { overdueReleases } from "../check-in.js";
import { bookingCheckInJobName } from "./check-in-job.js";

export interface WatchdogFinding {
  /** Bookings past their release time but still holding their room. */
  overdue: number;
  lastRunAt: Date | undefined;
}

export interface WatchdogOptions {
  /** How long the check-in job may be silent while releases are due (default 5 minutes). */
  silentMs?: number;
}

/**
 * The check-in sweep must not stop silently (LibreBooking's failure mode when its cron job is missing): when
 * releases are due and the sweep has not run for `silentMs`, this logs a warning and returns what it found.
 */
export function checkInWatchdog(
  ctx: EngineContext,
  now: Date,
  options: WatchdogOptions = {},
): WatchdogFinding | undefined {
  const silentMs = options.silentMs ?? 5 * 60_000;
  const lastRunAt = lastJobRun(ctx.db, bookingCheckInJobName);
  if (lastRunAt && now.getTime() - lastRunAt.getTime() <= silentMs) return undefined;
  const overdue = overdueReleases(ctx, ctx.db, now);
  if (overdue === 0) return undefined;
  ctx.log.warn(
    {
      job: bookingCheckInJobName,
      lastRunAt: lastRunAt?.toISOString() ?? null,
      overdue,
      silentMinutes: silentMs / 60_000,
    },
    "booking check-ins are due but the check-in job has not run: rooms nobody checked in to are not being released",
  );
  return { overdue, lastRunAt };
}

/**
 * Runs the watchdog on its own timer, apart from the scheduler it watches; returns `stop`.
 *
 * ```ts
 * const stopWatchdog = startCheckInWatchdog(ctx);
 * ```
 */
export function startCheckInWatchdog(
  ctx: EngineContext,
  options: WatchdogOptions & { everyMs?: number } = {},
): () => void {
  const timer = setInterval(() => {
    try {
      checkInWatchdog(ctx, ctx.clock(), options);
    } catch (error) {
      ctx.log.error({ err: error }, "booking check-in watchdog failed");
    }
  }, options.everyMs ?? 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
