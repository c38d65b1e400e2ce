import { randomInt } from "node:crypto";
import type { Tx } from "../db/database.js";
import { auditSampleOfMonth, closedTicketsByPost, insertAuditSample } from "../db/queries/audit.js";
import { enqueue } from "../db/queries/outbox.js";
import { drawAuditSample } from "../domain/audit-draw.js";
import type { EngineContext } from "../engine/context.js";
import type { Job } from "../scheduler/job.js";
import { dailyAt } from "../scheduler/job-options.js";
import { writeAndNotify } from "../scheduler/queue-messages.js";
import { localeOf } from "../tickets/ticket-notices.js";
import { auditors } from "./audit-access.js";
import { firstWorkingDayOf, type Month, monthBounds, monthOf, previousMonth } from "./audit-months.js";
import { auditTexts } from "./texts/index.js";

/**
 * Draws last month's sample on the first working day of a month (G18). It runs every morning at `at` and draws
 * when this month's first working day has come and last month has no sample yet, so a bot that was down that
 * day draws on its first morning back (the scheduler's catch-up runs it right after a restart).
 */
export function auditDrawJob(at: string): Job {
  return {
    name: "audit-draw",
    schedule: dailyAt(at),
    run: (ctx, now) => void drawDueAudit(ctx, now),
  };
}

/** Draws last month's audit if it is due and not drawn yet; returns the month drawn, if any. */
export function drawDueAudit(ctx: EngineContext, now: Date): Month | undefined {
  const today = ctx.calendar.localDate(now);
  const month = monthOf(today);
  if (today < firstWorkingDayOf(ctx.calendar, month)) return undefined;
  const audited = previousMonth(month);
  let drawn = false;
  writeAndNotify(ctx, (tx) => {
    drawn = drawMonth(ctx, tx, audited, now, randomInt(0, 2 ** 32)) !== undefined;
    return drawn ? 1 : 0;
  });
  return drawn ? audited : undefined;
}

/**
 * Draws `month`'s sample with `seed` and tells the auditor; nothing when the month already has one. The
 * population (closed ticket ids per post) is stored with the seed, so `drawAuditSample(population, seed)`
 * gives the stored sample again.
 */
export function drawMonth(
  ctx: EngineContext,
  tx: Tx,
  month: Month,
  now: Date,
  seed: number,
): { drawn: number; closed: number } | undefined {
  if (auditSampleOfMonth(tx, month)) return undefined;
  const { from, to } = monthBounds(month, ctx.settings.timeZone);
  const population = closedTicketsByPost(tx, from, to);
  const ids = Object.values(drawAuditSample(population, seed)).flat();
  const sample = insertAuditSample(tx, { month, seed, population, drawnAt: now }, ids);
  if (!sample) return undefined;
  const closed = Object.values(population).reduce((sum, p) => sum + p.length, 0);
  for (const auditor of auditors(ctx, tx)) {
    const t = auditTexts(localeOf(ctx, auditor));
    enqueue(tx, {
      dedupeKey: `audit-drawn:${month}:${auditor.id}`,
      recipientId: auditor.id,
      kind: "audit-drawn",
      message: {
        text: ids.length === 0 ? t.emptyNotice(month) : t.drawnNotice(month, ids.length, closed),
        ...(ids.length === 0 ? {} : { choices: [{ label: t.startChecking, value: t.checkCommand }] }),
      },
      now,
    });
  }
  return { drawn: ids.length, closed };
}
