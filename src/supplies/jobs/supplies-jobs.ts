import { DateTime } from "luxon";
import { getPerson, officeHeads } from "../../db/queries/people.js";
import { allSupplyItems, supplyRequestsIn } from "../../db/queries/supplies.js";
import { getTicket } from "../../db/queries/tickets.js";
import type { EngineContext } from "../../engine/context.js";
import { instantText } from "../../rooms/booking-format.js";
import { notifyPeople } from "../../rooms/booking-notices.js";
import type { Job } from "../../scheduler/job.js";
import { servingWorkingDay } from "../../scheduler/morning-window.js";
import { writeAndNotify } from "../../scheduler/queue-messages.js";
import { purchaseList } from "../stock-commands.js";
import { amountOf, deskStaff, itemName, teachingApprover } from "../supply-desk.js";
import { askApprover } from "../supply-request.js";
import { suppliesTexts } from "../texts/index.js";

const everyHalfHour = "*/30 * * * *";

/** A teaching request still waiting for its approver one working day after it was made reminds them, daily. */
export function remindTeachingApprover(ctx: EngineContext, now: Date): number {
  if (!ctx.calendar.isWorkingTime(now)) return 0;
  return writeAndNotify(ctx, (tx) => {
    const approver = teachingApprover(ctx, tx);
    if (!approver) return 0;
    let sent = 0;
    for (const request of supplyRequestsIn(tx, ["awaiting_approval"])) {
      if (ctx.calendar.add(request.createdAt, { days: 1 }) > now) continue;
      const ticket = getTicket(tx, request.ticketId);
      const requester = ticket && getPerson(tx, ticket.requesterId);
      if (!ticket || !requester || ticket.status === "cancelled") continue;
      const since = instantText(ctx, request.createdAt, ctx.settings.defaultLocale);
      sent += askApprover(ctx, tx, ticket, approver, requester.name, request.lines, since);
    }
    return sent;
  });
}

/** The first working day of the month `day` falls in. */
function firstWorkingDayOfMonth(ctx: EngineContext, day: string): string {
  let d = DateTime.fromISO(day).startOf("month");
  while (!ctx.calendar.isWorkingDay(d.toISODate()!)) d = d.plus({ days: 1 });
  return d.toISODate()!;
}

/** On the first working day of a month (from the start of work): today's serving day, or undefined. */
function firstWorkingDayToday(ctx: EngineContext, now: Date): string | undefined {
  const day = servingWorkingDay(ctx, now, ctx.settings.workStart);
  return day !== undefined && firstWorkingDayOfMonth(ctx, day) === day ? day : undefined;
}

/** G8 monthly stocktake: the desk is asked to count, with the book stock, once on the month's first working day. */
export function askForStocktake(ctx: EngineContext, now: Date): number {
  const day = firstWorkingDayToday(ctx, now);
  if (!day) return 0;
  return writeAndNotify(ctx, (tx) => {
    const items = allSupplyItems(tx);
    if (items.length === 0) return 0;
    return notifyPeople(ctx, tx, deskStaff(ctx, tx), {
      key: `supplies-stocktake:${day.slice(0, 7)}`,
      kind: "supplies-stocktake",
      message: (locale) => {
        const t = suppliesTexts(locale);
        const lines = items.map((i) => `  ${t.bookLine(itemName(i, locale), amountOf(i, i.stock, locale))}`);
        return { text: t.stocktakeAsk(day.slice(0, 7), lines.join("\n")) };
      },
    });
  });
}

/** G8 quarterly purchase: the list goes to the desk and the office head on the quarter's first working day. */
export function sendPurchaseList(ctx: EngineContext, now: Date): number {
  const day = firstWorkingDayToday(ctx, now);
  if (!day || (Number(day.slice(5, 7)) - 1) % 3 !== 0) return 0;
  return writeAndNotify(ctx, (tx) => {
    if (allSupplyItems(tx).length === 0) return 0;
    return notifyPeople(ctx, tx, [...deskStaff(ctx, tx), ...officeHeads(tx)], {
      key: `supplies-purchase:${day.slice(0, 7)}`,
      kind: "supplies-purchase-list",
      message: (locale) => ({
        text: `${suppliesTexts(locale).purchaseIntro}${purchaseList(ctx, tx, locale)}`,
      }),
    });
  });
}

export const suppliesJobs: readonly Job[] = [
  {
    name: "supplies-approval-reminder",
    schedule: everyHalfHour,
    run: (ctx, now) => void remindTeachingApprover(ctx, now),
  },
  { name: "supplies-stocktake", schedule: everyHalfHour, run: (ctx, now) => void askForStocktake(ctx, now) },
  {
    name: "supplies-purchase-list",
    schedule: everyHalfHour,
    run: (ctx, now) => void sendPurchaseList(ctx, now),
  },
];
