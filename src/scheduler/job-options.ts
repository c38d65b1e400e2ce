import type { WorkingSpan } from "../domain/sla-calendar.js";

/** Everything the built-in jobs can be tuned with; every default is here. */
export interface JobOptions {
  /** Working time after a missed deadline before the office head is alerted (default 1 working hour). */
  escalateAfter: WorkingSpan;
  /** More alerts than this for one person in one sweep are merged into one digest (default 3). */
  digestThreshold: number;
  /** Working time after resolution before the one reminder to rate (default 1 working day). */
  ratingReminderAfter: WorkingSpan;
  /** Resolved tickets older than this many days get no rating reminder any more (default 30). */
  ratingReminderWindowDays: number;
  /** Local "HH:MM" of the clerks' daily digest; default the start of the working day. */
  morningAt?: string | undefined;
  /** Days an inbound message id is remembered for de-duplication (default 7). */
  inboundKeepDays: number;
  /** Days a sent outbox message is kept (default 90; longer than the rating reminder's window). */
  outboxKeepDays: number;
  /** The folder of the directory file, where `holidays-YYYY.yaml` goes; named in the arrangement reminder. */
  directoryFolder?: string | undefined;
}

export const defaultJobOptions: JobOptions = {
  escalateAfter: { hours: 1 },
  digestThreshold: 3,
  ratingReminderAfter: { days: 1 },
  ratingReminderWindowDays: 30,
  inboundKeepDays: 7,
  outboxKeepDays: 90,
};

/** A node-cron expression that fires every day at a local "HH:MM". */
export function dailyAt(clock: string): string {
  const [hour = "0", minute = "0"] = clock.split(":");
  return `${Number(minute)} ${Number(hour)} * * *`;
}
