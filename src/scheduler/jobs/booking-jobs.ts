import type { Job } from "../job.js";
import { bookingApprovalReminderJob } from "./booking-approval-reminder.js";
import { bookingCheckInJob } from "./booking-checkin.js";
import { bookingEquipmentJob } from "./booking-equipment.js";
import { bookingFinishedJob } from "./booking-finished.js";
import { bookingMeetingSetupJob } from "./booking-meeting-setup.js";

/**
 * The room-booking jobs (G3/G6): check-in reminders and releases every minute; approval reminders, the
 * equipment question on the working day before, and meeting set-up tasks every half hour in working time;
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
  bookingMeetingSetupJob(),
  bookingFinishedJob(),
];
