import { recordJobRun } from "../../db/queries/job-runs.js";
import type { EngineContext } from "../../engine/context.js";
import type { Job } from "../../scheduler/job.js";
import { releaseNoShows, remindCheckIns } from "../check-in.js";

export const bookingCheckInJobName = "booking-checkin";

export interface CheckInReport {
  reminded: number;
  released: number;
}

/**
 * Every minute: a check-in reminder when a booking starts, and the release of every booking nobody checked in
 * to within `bookingCheckInMinutes` (booker and waitlist told). It works from the bookings' state, so a run
 * after downtime catches up on everything it missed; its last run is recorded for the watchdog.
 */
export function bookingCheckInJob(): Job {
  return {
    name: bookingCheckInJobName,
    schedule: "* * * * *",
    run: (ctx, now) => void sweepCheckIns(ctx, now),
  };
}

export function sweepCheckIns(ctx: EngineContext, now: Date): CheckInReport {
  const report = ctx.db.transaction(
    (tx) => {
      const reminded = remindCheckIns(ctx, tx, now);
      const released = releaseNoShows(ctx, tx, now);
      return { reminded, released: released.length };
    },
    { behavior: "immediate" },
  );
  recordJobRun(ctx.db, bookingCheckInJobName, now);
  if (report.released > 0) ctx.log.info({ released: report.released }, "released rooms nobody checked in to");
  if (report.reminded + report.released > 0) ctx.onOutbox?.();
  return report;
}
