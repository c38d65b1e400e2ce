import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import { activeLead } from "../db/queries/leads.js";
import { allPosts, getPost } from "../db/queries/people.js";
import { subscriberCounts } from "../db/queries/ticket-subscribers.js";
import { deadlinesOf, getTicketByNumber, queuePage, type Ticket } from "../db/queries/tickets.js";
import { ticketVisibility } from "../domain/routing.js";
import { schoolZone } from "../domain/school-zone.js";
import { formatTicketNumber } from "../domain/ticket-number.js";
import { priorityMark } from "../domain/ticket-queue.js";
import { type TicketAction, type TransitionRefusal, transitions } from "../domain/ticket-status.js";
import { fieldContext, valueLines } from "../engine/form-runtime/field-context.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { defaultServiceId as ticketsServiceId } from "../services/service-registry.js";
import { ticketFiles } from "./attachments-command.js";
import { formatDue } from "./format-due.js";
import { mergeTickets } from "./merge-tickets.js";
import { rate } from "./rating-command.js";
import { ticketTexts } from "./texts/index.js";
import type { Command } from "./ticket-command-parser.js";
import { actionText } from "./ticket-command-words.js";
import { act } from "./ticket-lifecycle.js";
import { myTickets, queue } from "./ticket-lists.js";
import { flowTitle, postName } from "./ticket-notices.js";

export type { CommandOutcome, CommandScope };

export function runCommand(scope: CommandScope, command: Command): CommandOutcome {
  switch (command.kind) {
    case "my-tickets":
      return myTickets(scope);
    case "queue":
      return queue(scope);
    case "attachments":
      return withTicket(scope, command.number, (ticket) => ticketFiles(scope, ticket));
    case "status":
      return withTicket(scope, command.number, (ticket) => say(describeTicket(scope, ticket)));
    case "rate":
      return withTicket(scope, command.number, (ticket) =>
        rate(scope, ticket, command.score, command.comment),
      );
    case "merge":
      return mergeTickets(scope, command.keep, command.merge);
    case "ticket-action": {
      if (command.number !== "")
        return withTicket(scope, command.number, (ticket) => ticketAction(scope, ticket, command));
      const meant = shortTicket(scope, command);
      if (typeof meant === "string")
        return withTicket(scope, meant, (ticket) =>
          ticketAction(scope, ticket, { ...command, number: meant }),
        );
      return meant;
    }
  }
}

/** Runs `run` on the ticket a number names, or answers why not (no such ticket, or not the sender's to see). */
export function withTicket(
  scope: CommandScope,
  number: string,
  run: (ticket: Ticket) => CommandOutcome,
): CommandOutcome {
  const t = texts(scope.locale);
  const ticket = getTicketByNumber(scope.tx, number);
  if (!ticket) return say(t.ticketNotFound(number));
  const viewer = { personId: scope.person.id, postIds: scope.person.postIds, isHead: scope.person.isHead };
  // A lead from another department (G14) sees the ticket they lead.
  const leads = activeLead(scope.tx, ticket.id)?.leadId === scope.person.id;
  if (ticketVisibility(viewer, ticket) === "none" && !leads) return say(t.ticketHidden(number));
  return run(ticket);
}

function statusText(scope: CommandScope, ticket: Ticket): string {
  return texts(scope.locale).status[ticket.status] ?? ticket.status;
}

/** A ticket's full picture: fields, status, deadlines and the audit trail's latest note. */
export function describeTicket(scope: CommandScope, ticket: Ticket): string {
  const { ctx, locale } = scope;
  const t = texts(locale);
  const now = ctx.clock();
  const sep = locale === "zh" ? "：" : ": ";
  const flow = ctx.flows.get(ticket.type);
  const lines = [
    `${priorityMark(ticket.priority)}${ticket.number}｜${flowTitle(ctx, ticket.type, locale)}｜${statusText(scope, ticket)}`,
    ...(flow ? valueLines(flow, ticket.fields, fieldContext(ctx, locale, ticket.fields)) : []),
    `${locale === "zh" ? "承办岗位" : "Handled by"}${sep}${postName(getPost(scope.tx, ticket.postId), locale)}`,
  ];
  const followers = subscriberCounts(scope.tx, [ticket.id]).get(ticket.id);
  if (followers) lines.push(ticketTexts(locale).alsoReported(followers));
  lines.push(...ctx.services.ticketDetails(scope, ticket));
  for (const d of deadlinesOf(scope.tx, ticket.id)) {
    const label = t.milestone[d.milestone] ?? d.milestone;
    if (d.metAt) lines.push(`${label}${sep}✓ ${formatDue(d.metAt, now, ctx.calendar, locale)}`);
    else if (d.pausedAt) lines.push(`${label}${sep}⏸ ${t.status.waiting}`);
    else
      lines.push(
        `${t.deadlineLine(label, formatDue(d.dueAt, now, ctx.calendar, locale))}${d.dueAt <= now ? ` ${t.overdueMark}` : ""}`,
      );
  }
  return t.ticketDetail(lines);
}

function refusalText(scope: CommandScope, ticket: Ticket, refusal: TransitionRefusal): string {
  const t = texts(scope.locale);
  if (refusal.reason === "wrong-status") return t.refused["wrong-status"](statusText(scope, ticket));
  return t.refused[refusal.reason];
}

function ticketAction(
  scope: CommandScope,
  ticket: Ticket,
  command: Extract<Command, { kind: "ticket-action" }>,
): CommandOutcome {
  const t = texts(scope.locale);
  let targetPostId: string | undefined;
  if (command.action === "transfer") {
    const posts = allPosts(scope.tx);
    if (!command.target) {
      return {
        replies: [
          {
            text: t.commandUsage(
              actionText(
                "transfer",
                scope.locale,
                ticket.number,
                scope.locale === "zh" ? "岗位名 原因" : "post reason",
              ),
            ),
            choices: posts
              .filter((p) => p.id !== ticket.postId)
              .map((p) => ({
                label: postName(p, scope.locale),
                value: actionText("transfer", scope.locale, ticket.number, p.name),
              })),
          },
        ],
      };
    }
    const target = command.target.toLowerCase();
    const post = posts.find(
      (p) => p.id === target || p.name === command.target || p.nameEn?.toLowerCase() === target,
    );
    if (!post)
      return say(t.unknownPost(command.target, posts.map((p) => postName(p, scope.locale)).join("、")));
    targetPostId = post.id;
  }
  const result = act(
    scope.ctx,
    { ticket, actor: scope.person, action: command.action, note: command.note, targetPostId },
    scope.tx,
  );
  if (!result.ok) {
    if (result.refusal.reason === "note-required") {
      return {
        replies: [{ text: noteQuestion(scope.locale, command.action, ticket.number) }],
        awaiting: {
          service: ticketsServiceId,
          data: { note: { action: command.action, number: ticket.number } },
        },
      };
    }
    return say(refusalText(scope, ticket, result.refusal));
  }
  return say(t.actionDone(result.ticket.number, statusText(scope, result.ticket)));
}

function noteQuestion(locale: Locale, action: TicketAction, number: string): string {
  const zh: Partial<Record<TicketAction, string>> = {
    resolve: `请写一句处理说明（工单 ${number}），例如“已更换投影仪灯泡”。`,
    ask: `请写下需要申请人补充的内容（工单 ${number}）。`,
    refer: `请写明转介理由和应联系的部门（工单 ${number}，G12）。`,
    refuse: `请写明退回原因（工单 ${number}，G12）。`,
    plan: `请写下初步方案（工单 ${number}）。`,
    reopen: `请写明重新打开的原因（工单 ${number}）。`,
    answer: `请写下您的补充说明（工单 ${number}）。`,
  };
  const en: Partial<Record<TicketAction, string>> = {
    resolve: `Please write a short note on what was done (ticket ${number}), e.g. "replaced the projector lamp".`,
    ask: `Please write what the requester needs to tell you (ticket ${number}).`,
    refer: `Please give the reason and the office to contact instead (ticket ${number}, G12).`,
    refuse: `Please give the reason for refusing (ticket ${number}, G12).`,
    plan: `Please write the initial plan (ticket ${number}).`,
    reopen: `Please say why it needs reopening (ticket ${number}).`,
    answer: `Please write your answer (ticket ${number}).`,
  };
  return (locale === "zh" ? zh : en)[action] ?? (locale === "zh" ? "请补充说明。" : "Please add a note.");
}

/**
 * The ticket a shortened command means: today's number with that ending, else the only open ticket of the
 * clerk's posts ending so, else (bare command) the only one the action applies to. Several → numbered choices.
 */
function shortTicket(
  scope: CommandScope,
  command: Extract<Command, { kind: "ticket-action" }>,
): string | CommandOutcome {
  const t = texts(scope.locale);
  const { settings } = scope.ctx;
  if (command.suffix) {
    const today = DateTime.fromJSDate(scope.ctx.clock(), {
      zone: schoolZone(settings.timeZone),
    }).toISODate()!;
    const todays = formatTicketNumber(settings.ticketPrefix, today, Number(command.suffix));
    if (getTicketByNumber(scope.tx, todays)) return todays;
  }
  const applicable = transitions[command.action].from;
  // Nine at most: one means that ticket, more become eight numbered choices.
  const open = queuePage(scope.tx, {
    postIds: scope.person.postIds,
    statuses: applicable,
    limit: 9,
    ...(command.suffix ? { numberSuffix: command.suffix } : {}),
  });
  if (open.length === 1) return open[0]!.number;
  const word = command.action === "accept" ? (scope.locale === "zh" ? "接单" : "accept") : command.action;
  if (open.length === 0) return say(t.noTicketMeant);
  return {
    replies: [
      {
        text: t.whichTicket,
        choices: open.slice(0, 8).map((ticket) => {
          const value = `${word} ${ticket.number}${command.note ? ` ${command.note}` : ""}`;
          return { label: `${ticket.number} ${ticket.summary ?? ""}`.trim(), value };
        }),
      },
    ],
  };
}
