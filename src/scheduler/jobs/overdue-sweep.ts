import { anyDeadlineDue, dueDeadlines, setAlertState } from "../../db/queries/deadline-alerts.js";
import { isOpen } from "../../domain/ticket-status.js";
import type { EngineContext } from "../../engine/context.js";
import { planAlerts } from "../alert-levels.js";
import type { Job } from "../job.js";
import { type Alert, type AlertDelivery, AlertRecipients, queueAlerts } from "../overdue-alerts.js";

export interface SweepReport {
  /** Clocks the indexed query returned. */
  due: number;
  /** Messages queued (a digest counts once). */
  queued: number;
}

/**
 * Every minute: reminders before SLA deadlines, overdue alerts at them, escalation to the office head later.
 * Reads only the due clocks (indexed); each clock's new alert level and its messages commit together, so an
 * alert goes out once even across crashes and restarts. Paused clocks (waiting on the requester) never alarm.
 */
export function overdueSweepJob(delivery: AlertDelivery): Job {
  return {
    name: "overdue-sweep",
    schedule: "* * * * *",
    run: (ctx, now) => void sweepOverdue(ctx, now, delivery),
  };
}

export function sweepOverdue(ctx: EngineContext, now: Date, delivery: AlertDelivery): SweepReport {
  // Most minutes nothing is due: a plain read decides whether the write transaction is needed at all.
  if (!anyDeadlineDue(ctx.db, now)) return { due: 0, queued: 0 };
  const report = ctx.db.transaction(
    (tx) => {
      const due = dueDeadlines(ctx.db, now);
      const people = new AlertRecipients(tx);
      const alerts: Alert[] = [];
      for (const { deadline, ticket } of due) {
        if (!isOpen(ticket.status)) {
          setAlertState(ctx.db, deadline.id, deadline.alertLevel, null);
          continue;
        }
        const escalateAt = ctx.calendar.add(deadline.dueAt, delivery.escalateAfter);
        const plan = planAlerts(deadline.alertLevel, deadline.dueAt, escalateAt, now);
        setAlertState(ctx.db, deadline.id, plan.alertLevel, plan.nextAlertAt);
        for (const level of plan.send) {
          for (const recipient of people.for(ticket, level))
            alerts.push({ recipient, level, ticket, deadline });
        }
      }
      return { due: due.length, queued: queueAlerts(ctx, tx, alerts, delivery, now, people) };
    },
    { behavior: "immediate" },
  );
  if (report.queued > 0) ctx.onOutbox?.();
  return report;
}
