import { createHash } from "node:crypto";
import { groupBy } from "../core/group-by.js";
import type { Locale } from "../core/locale.js";
import type { OutgoingMessage } from "../core/messages.js";
import type { Tx } from "../db/database.js";
import type { AlertTicket, DueDeadline } from "../db/queries/deadline-alerts.js";
import { enqueue } from "../db/queries/outbox.js";
import { getPerson, getPost, membersOfPost, officeHeads, type Person } from "../db/queries/people.js";
import { formatSpan, type WorkingSpan } from "../domain/sla-calendar.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";
import { formatDue } from "../tickets/format-due.js";
import { listPageSize } from "../tickets/ticket-lists.js";
import { clerkChoices, flowTitle, localeOf, postName } from "../tickets/ticket-notices.js";
import type { SentLevel } from "./alert-levels.js";
import { type AlertSubject, schedulerTexts } from "./texts/index.js";

/** One alert for one person about one SLA clock. */
export interface Alert {
  recipient: Person;
  level: SentLevel;
  ticket: AlertTicket;
  deadline: DueDeadline["deadline"];
}

export interface AlertDelivery {
  /** Shown in the escalation ("still open 1 working hour later"). */
  escalateAfter: WorkingSpan;
  /** More alerts than this for one person in one sweep become one digest message. */
  digestThreshold: number;
}

const kinds: Record<SentLevel, string> = { 1: "sla-reminder", 2: "sla-overdue", 3: "sla-escalation" };

/**
 * Who hears about a clock: the assignee, or every member of the post while nobody has accepted it; the office
 * head for an escalation (and when a post has nobody in it). One per sweep: it remembers what it looked up.
 */
export class AlertRecipients {
  #heads: Person[] | undefined;
  readonly #members = new Map<string, Person[]>();
  readonly #people = new Map<number, Person | undefined>();

  constructor(private readonly tx: Tx) {}

  for(ticket: AlertTicket, level: SentLevel): Person[] {
    if (level === 3) return this.#officeHeads();
    const assignee = ticket.assigneeId ? this.person(ticket.assigneeId) : undefined;
    if (assignee) return [assignee];
    let members = this.#members.get(ticket.postId);
    if (!members) {
      members = membersOfPost(this.tx, ticket.postId);
      this.#members.set(ticket.postId, members);
    }
    return members.length > 0 ? members : this.#officeHeads();
  }

  person(id: number): Person | undefined {
    if (!this.#people.has(id)) this.#people.set(id, getPerson(this.tx, id));
    return this.#people.get(id);
  }

  #officeHeads(): Person[] {
    this.#heads ??= officeHeads(this.tx);
    return this.#heads;
  }
}

/** The de-duplication key of one alert: a retried sweep can never queue it twice. */
export function alertKey(alert: Alert): string {
  const { ticket, deadline, level, recipient } = alert;
  return `overdue:${ticket.id}:${deadline.milestone}:${deadline.dueAt.getTime()}:${level}:${recipient.id}`;
}

/**
 * Queues the alerts of one sweep inside its transaction. A person with more than `digestThreshold` alerts gets
 * them as one digest message (a catch-up after downtime must not flood anyone).
 */
export function queueAlerts(
  ctx: EngineContext,
  tx: Tx,
  alerts: readonly Alert[],
  delivery: AlertDelivery,
  now: Date,
  people: AlertRecipients = new AlertRecipients(tx),
): number {
  const byPerson = groupBy(alerts, (alert) => alert.recipient.id);
  let queued = 0;
  for (const [personId, list] of byPerson) {
    const locale = localeOf(ctx, list[0]!.recipient);
    if (list.length > delivery.digestThreshold) {
      const keys = list.map(alertKey).sort();
      const hash = createHash("sha1").update(keys.join("\n")).digest("hex").slice(0, 16);
      const message = digestMessage(ctx, list, locale, now);
      if (
        enqueue(tx, {
          dedupeKey: `overdue-digest:${personId}:${hash}`,
          recipientId: personId,
          kind: "overdue-digest",
          message,
          now,
        })
      )
        queued++;
      continue;
    }
    for (const alert of list) {
      const message = alertMessage(ctx, tx, people, alert, delivery, locale, now);
      const item = {
        dedupeKey: alertKey(alert),
        recipientId: personId,
        kind: kinds[alert.level],
        message,
        ticketId: alert.ticket.id,
        now,
      };
      if (enqueue(tx, item)) queued++;
    }
  }
  return queued;
}

function subject(ctx: EngineContext, alert: Alert, locale: Locale, now: Date): AlertSubject {
  const { ticket, deadline } = alert;
  return {
    number: ticket.number,
    title: flowTitle(ctx, ticket.type, locale),
    summary: ticket.summary,
    milestone: texts(locale).milestone[deadline.milestone] ?? deadline.milestone,
    due: formatDue(deadline.dueAt, now, ctx.calendar, locale),
  };
}

function alertMessage(
  ctx: EngineContext,
  tx: Tx,
  people: AlertRecipients,
  alert: Alert,
  delivery: AlertDelivery,
  locale: Locale,
  now: Date,
): OutgoingMessage {
  const t = schedulerTexts(locale);
  const s = subject(ctx, alert, locale, now);
  const { ticket } = alert;
  if (alert.level === 3) {
    const assignee = ticket.assigneeId ? people.person(ticket.assigneeId)?.name : undefined;
    const handler = `${postName(getPost(tx, ticket.postId), locale)} ${assignee ?? t.unassigned}`;
    return {
      text: t.escalation(s, formatSpan(delivery.escalateAfter, locale), handler),
      urgent: true,
      ticketNumber: ticket.number,
    };
  }
  return {
    text: alert.level === 1 ? t.reminder(s) : t.overdue(s),
    choices: clerkChoices(ticket.number, locale),
    urgent: alert.level === 2,
    ticketNumber: ticket.number,
  };
}

function digestMessage(
  ctx: EngineContext,
  alerts: readonly Alert[],
  locale: Locale,
  now: Date,
): OutgoingMessage {
  const t = schedulerTexts(locale);
  const ordered = [...alerts].sort(
    (a, b) =>
      b.level - a.level ||
      a.deadline.dueAt.getTime() - b.deadline.dueAt.getTime() ||
      a.ticket.id - b.ticket.id,
  );
  // The first lines only: a catch-up after downtime can hold thousands; "待办" lists the rest a page at a time.
  const lines = ordered
    .slice(0, listPageSize)
    .map((a) => t.digestLine(t.alertKind[a.level] ?? "", subject(ctx, a, locale, now)));
  const rest =
    alerts.length > lines.length ? [texts(locale).listPage(1, lines.length, alerts.length, false)] : [];
  return {
    text: [t.digestTitle(alerts.length), ...lines, ...rest, t.digestFooter].join("\n"),
    urgent: alerts.some((a) => a.level >= 2),
  };
}
