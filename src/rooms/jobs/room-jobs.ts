import type { Job } from "../../scheduler/job.js";
import { bookingApprovalReminderJob } from "./approval-reminder-job.js";
import { bookingCheckInJob } from "./check-in-job.js";
import { bookingEquipmentJob } from "./equipment-job.js";
import { bookingFinishedJob } from "./finished-job.js";

/**
 * The room-booking jobs (G3/G6): check-in reminders and releases every minute; approval reminders and the
 * equipment question on the working day before every half hour in working time;
 * requests whose booked time is over are resolved every quarter hour.
 * The check-in grace period is `ctx.settings.bookingCheckInMinutes`. Pair with `startCheckInWatchdog`.
 *
 * ```ts
 * new Scheduler({ ctx, dispatcher, jobs: [...defaultJobs(ctx.settings), ...bookingJobs] });
 * ```
 */
export const bookingJobs: readonly Job[] = [
  bookingCheckInJob(),
  bookingApprovalReminderJob(),
  bookingEquipmentJob(),
  bookingFinishedJob(),
];
