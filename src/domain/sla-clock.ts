import type { SlaCalendar, WorkingSpan } from "./sla-calendar.js";

export interface PlannedDeadline {
  startedAt: Date;
  dueAt: Date;
  /** When the pre-deadline reminder is due (the first thing the overdue sweep looks at). */
  nextAlertAt: Date;
}

/**
 * Plans one SLA clock: it starts at the next working minute after intake (G14) and is due after `within`
 * working time; the reminder fires once `reminderShare` of the span has passed.
 *
 * ```ts
 * planDeadline(calendar, friday1700, { hours: 2 }, 0.8).dueAt; // Monday 10:00
 * ```
 */
export function planDeadline(
  calendar: SlaCalendar,
  intake: Date,
  within: WorkingSpan,
  reminderShare: number,
): PlannedDeadline {
  const total = calendar.toWorkingMinutes(within);
  return {
    startedAt: intake,
    dueAt: calendar.addWorkingMinutes(intake, total),
    nextAlertAt: calendar.addWorkingMinutes(intake, Math.floor(total * reminderShare)),
  };
}

/** Moves a paused clock's instants by the working time that passed while it was paused. */
export function shiftAfterPause(calendar: SlaCalendar, at: Date, pausedAt: Date, resumedAt: Date): Date {
  return calendar.resumeDeadline(at, pausedAt, resumedAt);
}
