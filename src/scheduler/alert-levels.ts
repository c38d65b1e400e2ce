/** `ticket_deadlines.alert_level`: what has been sent for one SLA clock so far. */
export const alertLevel = { none: 0, reminded: 1, overdue: 2, escalated: 3 } as const;

export type SentLevel = 1 | 2 | 3;

export interface AlertPlan {
  /** Alerts to send now, lowest level first. */
  send: SentLevel[];
  alertLevel: number;
  /** When the sweep must look at the clock again; null once escalated. */
  nextAlertAt: Date | null;
}

/**
 * Which alerts a due clock gets now: the reminder before the deadline, the overdue alert at it, the escalation
 * at `escalateAt`. After downtime only what still matters goes out: a clock already overdue gets no "due soon"
 * reminder, but it gets its overdue alert and, past the escalation point, the escalation too.
 *
 * ```ts
 * planAlerts(0, due, escalateAt, due); // { send: [2], alertLevel: 2, nextAlertAt: escalateAt }
 * ```
 */
export function planAlerts(current: number, dueAt: Date, escalateAt: Date, now: Date): AlertPlan {
  const reached: SentLevel = now >= escalateAt ? 3 : now >= dueAt ? 2 : 1;
  const level = Math.max(current, reached);
  const nextAlertAt =
    level >= alertLevel.escalated ? null : level === alertLevel.overdue ? escalateAt : dueAt;
  const send: SentLevel[] = [];
  if (reached === alertLevel.reminded && current < alertLevel.reminded) send.push(1);
  if (reached >= alertLevel.overdue && current < alertLevel.overdue) send.push(2);
  if (reached === alertLevel.escalated && current < alertLevel.escalated) send.push(3);
  return { send, alertLevel: level, nextAlertAt };
}
