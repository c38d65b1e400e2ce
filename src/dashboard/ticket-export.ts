import { DateTime } from "luxon";
import { groupBy } from "../core/group-by.js";
import { answersOf, sentSurveysBetween } from "../db/queries/survey.js";
import {
  auditItemsOfTickets,
  deadlinesOfTickets,
  eventsOfTickets,
  ratingsOfTickets,
  ticketsForExport,
} from "../db/queries/ticket-export.js";
import type { TicketDeadline } from "../db/queries/tickets.js";
import { localClock } from "../domain/school-zone.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";
import { flowTitle } from "../tickets/ticket-notices.js";
import type { ReportPeriod } from "../understanding/parsers/report-period.js";
import type { Viewer } from "./dashboard-access.js";
import {
  actionNames,
  auditColumns,
  auditResults,
  auditUnchecked,
  clockVerdicts,
  eventColumns,
  milestoneNames,
  ratingColumns,
  sheetNames,
  surveyColumns,
  ticketColumns,
} from "./export-columns.js";

export type Cell = string | number | null;

/** One sheet of the export: Chinese column names and rows of plain values. */
export interface ExportSheet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

function clockCells(
  clock: TicketDeadline | undefined,
  status: string,
  now: Date,
  when: (d: Date | null) => Cell,
) {
  if (!clock) return [null, null, null];
  const notCompleted = status === "refused" || status === "referred";
  const verdict =
    clock.metAt && !notCompleted
      ? clock.metAt <= clock.dueAt
        ? clockVerdicts.met
        : clockVerdicts.late
      : clock.metAt
        ? clockVerdicts.notCompleted
        : clock.pausedAt
          ? clockVerdicts.paused
          : clock.dueAt <= now
            ? clockVerdicts.overdue
            : clockVerdicts.running;
  return [when(clock.dueAt), when(clock.metAt), verdict];
}

/**
 * The tickets created in a period that the viewer may see, as sheets: tickets with every SLA clock (due, met,
 * on time?), rating and a short history; every event; every rating. Times are school wall time.
 */
export function ticketExport(
  ctx: EngineContext,
  viewer: Viewer,
  period: Pick<ReportPeriod, "from" | "to">,
): ExportSheet[] {
  const zone = ctx.settings.timeZone;
  const from = DateTime.fromISO(period.from, { zone }).startOf("day").toJSDate();
  const to = DateTime.fromISO(period.to, { zone }).plus({ days: 1 }).startOf("day").toJSDate();
  const now = ctx.clock();
  // Plain arithmetic on the zone's cached offset: a month's export formats hundreds of thousands of instants.
  const when = (d: Date | null): Cell => (d ? `${ctx.calendar.localDate(d)} ${localClock(zone, d)}` : null);
  const t = texts("zh");

  const selection = { from, to, postIds: viewer.postIds };
  const rows = ticketsForExport(ctx.db, selection);
  const numberOf = new Map(rows.map((r) => [r.ticket.id, r.ticket.number]));
  const clocks = groupBy(deadlinesOfTickets(ctx.db, selection), (c) => c.ticketId);
  const events = eventsOfTickets(ctx.db, selection);
  const eventsByTicket = groupBy(events, (e) => e.event.ticketId);
  const ratings = new Map(ratingsOfTickets(ctx.db, selection).map((r) => [r.ticketId, r]));
  const status = (s: string | null) => (s === null ? null : (t.status[s] ?? s));

  const eventRows: Cell[][] = events.map(({ event, actor }) => [
    numberOf.get(event.ticketId) ?? null,
    when(event.at),
    actor,
    actionNames[event.action] ?? event.action,
    status(event.fromStatus),
    status(event.toStatus),
    event.note,
  ]);

  const ticketRows: Cell[][] = rows.map(({ ticket, requester, assignee, post }) => {
    const rating = ratings.get(ticket.id);
    const history = (eventsByTicket.get(ticket.id) ?? [])
      .map(
        ({ event, actor }) =>
          `${when(event.at)} ${actor ?? ""} ${actionNames[event.action] ?? event.action}${event.note ? `：${event.note}` : ""}`,
      )
      .join("\n");
    return [
      ticket.number,
      flowTitle(ctx, ticket.type, "zh"),
      ticket.summary,
      post,
      requester,
      assignee,
      t.priority[ticket.priority] ?? ticket.priority,
      status(ticket.status),
      ticket.channel,
      when(ticket.createdAt),
      when(ticket.acceptedAt),
      when(ticket.resolvedAt),
      when(ticket.closedAt),
      ...Object.keys(milestoneNames).flatMap((m) =>
        clockCells(
          clocks.get(ticket.id)?.find((c) => c.milestone === m),
          ticket.status,
          now,
          when,
        ),
      ),
      rating?.score ?? null,
      rating?.comment ?? null,
      ticket.type === "complaint" ? (ticket.operatorError ? "是" : "否") : null,
      history,
    ];
  });

  const ratingRows: Cell[][] = rows.flatMap(({ ticket }) => {
    const rating = ratings.get(ticket.id);
    return rating ? [[ticket.number, rating.score, rating.comment, when(rating.updatedAt)]] : [];
  });

  const check = (result: string | null) =>
    result === null ? auditUnchecked : (auditResults[result] ?? result);
  const auditRows: Cell[][] = auditItemsOfTickets(ctx.db, selection).map(({ item, month, checker }) => [
    numberOf.get(item.ticketId) ?? null,
    month,
    check(item.paper),
    check(item.ledger),
    check(item.followUp),
    item.note,
    checker,
    when(item.checkedAt),
  ]);

  return [
    { name: sheetNames.tickets, columns: ticketColumns, rows: ticketRows },
    { name: sheetNames.events, columns: eventColumns, rows: eventRows },
    { name: sheetNames.ratings, columns: ratingColumns, rows: ratingRows },
    { name: sheetNames.audit, columns: auditColumns, rows: auditRows },
    // The survey is about the whole office: only the office head's export carries its answers.
    ...(viewer.postIds === undefined
      ? [{ name: sheetNames.survey, columns: surveyColumns, rows: surveyRows(ctx, from, to) }]
      : []),
  ];
}

/** The anonymous answers of the surveys sent in [from, to), one row per answer, sheets in random-key order. */
function surveyRows(ctx: EngineContext, from: Date, to: Date): Cell[][] {
  return sentSurveysBetween(ctx.db, from, to).flatMap((survey) => {
    const answers = answersOf(ctx.db, survey.id).sort(
      (a, b) => a.sheet.localeCompare(b.sheet) || a.question - b.question,
    );
    const sheets = [...new Set(answers.map((a) => a.sheet))];
    return answers.map((a): Cell[] => [
      survey.semester,
      sheets.indexOf(a.sheet) + 1,
      a.question + 1,
      survey.questions[a.question]?.text ?? null,
      a.score,
      a.text,
    ]);
  });
}
