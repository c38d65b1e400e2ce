import type { ChannelName } from "../core/messages.js";
import type { DbOrTx, Tx } from "../db/database.js";
import { attachStaged } from "../db/queries/attachments.js";
import { enqueue } from "../db/queries/outbox.js";
import {
  getPerson,
  getPost,
  membersOfPost,
  officeHeads,
  type Person,
  type PersonWithPosts,
} from "../db/queries/people.js";
import { ratingPollKey } from "../db/queries/rating-reminders.js";
import {
  getTicket,
  insertDeadline,
  insertTicket,
  type NewTicket,
  nextSequence,
  pauseDeadlines,
  recordEvent,
  restartDeadline,
  type Ticket,
  type TicketDeadline,
  unmetDeadlinesOf,
  updateDeadline,
  updateTicket,
} from "../db/queries/tickets.js";
import { routeToPost } from "../domain/routing.js";
import { planDeadline, shiftAfterPause } from "../domain/sla-clock.js";
import { formatTicketNumber } from "../domain/ticket-number.js";
import {
  type ActorRole,
  clockEffect,
  milestonesMetBy,
  type TicketAction,
  type TransitionRefusal,
  transition,
  transitions,
} from "../domain/ticket-status.js";
import type { EngineContext } from "../engine/context.js";
import type { FlowDefinition, Values } from "../engine/flow-kit/types.js";
import { fieldContext, valueLines } from "../engine/form-runtime/field-context.js";
import { texts } from "../engine/texts/index.js";
import { storedPlaceOf } from "./duplicate-intake.js";
import { ticketTexts } from "./texts/index.js";
import { followerCount, notifyFollowers } from "./ticket-followers.js";
import { assignmentMessage, flowTitle, localeOf, postName } from "./ticket-notices.js";

export interface CreateTicketInput {
  flow: FlowDefinition;
  values: Values;
  requester: Person;
  channel: ChannelName;
  /** Attachments collected during the conversation move to the ticket. */
  conversationId?: number | undefined;
  /** The post that gets it first, when not its route (a service's own first step, e.g. the head's review). */
  postId?: string | undefined;
}

export interface CreatedTicket {
  ticket: Ticket;
  deadlines: TicketDeadline[];
}

/**
 * Creates a ticket inside the caller's transaction: daily number, routing, priority, SLA clocks, the audit
 * event and the assignment notices to the post's members (urgent ones also to the office head).
 */
export function createTicket(ctx: EngineContext, tx: Tx, input: CreateTicketInput): CreatedTicket {
  const now = ctx.clock();
  const { flow, values, requester } = input;
  const day = ctx.calendar.localDate(now);
  const number = formatTicketNumber(ctx.settings.ticketPrefix, day, nextSequence(tx, day));
  const postId = input.postId ?? routeToPost(flow.id, flow.post, ctx.directory.routes);
  const ticket = insertTicket(tx, {
    number,
    type: flow.id,
    flowVersion: flow.version,
    fields: values,
    summary: flow.summary(values, fieldContext(ctx, ctx.settings.defaultLocale, values)).slice(0, 120),
    requesterId: requester.id,
    postId,
    priority: flow.priority(values),
    status: "new",
    channel: input.channel,
    createdAt: now,
    updatedAt: now,
    problemPlaceReversed: storedPlaceOf(flow, values),
  });
  const deadlines = flow.sla(values).map((target) => {
    const plan = planDeadline(ctx.calendar, now, target.within, ctx.settings.reminderShare);
    return insertDeadline(tx, ticket.id, target.milestone, plan);
  });
  recordEvent(tx, {
    ticketId: ticket.id,
    at: now,
    actorId: requester.id,
    action: "create",
    toStatus: "new",
    data: { channel: input.channel },
  });
  let attachmentCount = 0;
  if (input.conversationId !== undefined) {
    attachmentCount = attachStaged(tx, input.conversationId, ticket.id);
  }
  notifyPost(ctx, tx, ticket, `assign:${ticket.id}`, { attachments: attachmentCount, followers: 0 });
  return { ticket, deadlines };
}

function notifyPost(
  ctx: EngineContext,
  tx: Tx,
  ticket: Ticket,
  keyPrefix: string,
  counts: { attachments: number; followers: number },
): void {
  const now = ctx.clock();
  const post = getPost(tx, ticket.postId);
  const flow = ctx.flows.get(ticket.type);
  const recipients = new Map<number, Person>(membersOfPost(tx, ticket.postId).map((p) => [p.id, p]));
  if (ticket.priority === "urgent") for (const head of officeHeads(tx)) recipients.set(head.id, head);
  const { attachments, followers } = counts;
  for (const person of recipients.values()) {
    const locale = localeOf(ctx, person);
    const details = flow ? valueLines(flow, ticket.fields, fieldContext(ctx, locale, ticket.fields)) : [];
    if (attachments > 0) details.push(texts(locale).attachmentsLine(attachments));
    if (followers > 0) details.push(ticketTexts(locale).alsoReported(followers));
    enqueue(tx, {
      dedupeKey: `${keyPrefix}:${person.id}`,
      recipientId: person.id,
      kind: "assignment",
      message: assignmentMessage(ctx, ticket, post, locale, details),
      ticketId: ticket.id,
      now,
    });
  }
}

export interface ActInput {
  ticket: Ticket;
  /** A person, or the bot itself (e.g. resolving a room booking once it has been used). */
  actor: PersonWithPosts | "system";
  action: TicketAction;
  note?: string | undefined;
  /** For "transfer": the post that takes the ticket over. */
  targetPostId?: string | undefined;
}

export type ActResult = { ok: true; ticket: Ticket } | { ok: false; refusal: TransitionRefusal };

/** The roles an actor holds on a ticket, most specific first. */
export function rolesOf(
  actor: PersonWithPosts | "system",
  ticket: Pick<Ticket, "requesterId" | "postId">,
): ActorRole[] {
  if (actor === "system") return ["system"];
  const roles: ActorRole[] = [];
  if (actor.postIds.includes(ticket.postId)) roles.push("member");
  if (actor.isHead) roles.push("head");
  if (actor.id === ticket.requesterId) roles.push("requester");
  return roles;
}

/**
 * Applies a clerk's or requester's action in one transaction: status, audit event, SLA clocks, and the
 * notices it causes. An invalid action changes nothing and comes back with the reason.
 */
export function act(ctx: EngineContext, input: ActInput, tx?: Tx): ActResult {
  if (!tx) return ctx.db.transaction((inner) => act(ctx, input, inner), { behavior: "immediate" });
  const ticket = getTicket(tx, input.ticket.id);
  if (!ticket) throw new Error(`ticket ${input.ticket.id} vanished`);
  const rule = transitions[input.action];
  const roles = rolesOf(input.actor, ticket);
  const role = roles.find((r) => rule.by.includes(r)) ?? roles[0];
  if (!role)
    return { ok: false, refusal: { reason: "not-allowed", role: "requester", allowedRoles: rule.by } };
  const decision = transition({
    status: ticket.status,
    action: input.action,
    role,
    note: input.note,
    statusBeforeWait: ticket.statusBeforeWait,
  });
  if (!decision.ok) return decision;
  return { ok: true, ticket: applyAction(ctx, tx, ticket, input, decision.to) };
}

function applyAction(
  ctx: EngineContext,
  tx: Tx,
  ticket: Ticket,
  input: ActInput,
  to: Ticket["status"],
): Ticket {
  const now = ctx.clock();
  const { action, actor } = input;
  const actorId = actor === "system" ? null : actor.id;
  const note = input.note?.trim() || null;
  const patch: Partial<NewTicket> = { status: to, updatedAt: now };
  if (action === "accept" || action === "start" || action === "plan") {
    patch.assigneeId = ticket.assigneeId ?? actorId;
    patch.acceptedAt = ticket.acceptedAt ?? now;
  }
  if (action === "resolve") {
    patch.resolvedAt = now;
    patch.assigneeId = ticket.assigneeId ?? actorId;
  }
  if (action === "close" || action === "refer" || action === "refuse" || action === "cancel")
    patch.closedAt = now;
  if (action === "ask") {
    patch.statusBeforeWait = ticket.status;
    patch.pausedAt = now;
  }
  if (action === "answer") {
    patch.statusBeforeWait = null;
    patch.pausedAt = null;
  }
  if (action === "transfer" && input.targetPostId) {
    patch.postId = input.targetPostId;
    patch.assigneeId = null;
  }
  if (action === "reopen") {
    patch.resolvedAt = null;
    patch.closedAt = null;
  }
  const updated = updateTicket(tx, ticket.id, patch);
  const eventId = recordEvent(tx, {
    ticketId: ticket.id,
    at: now,
    actorId,
    action,
    fromStatus: ticket.status,
    toStatus: to,
    note,
    data: input.targetPostId ? { fromPost: ticket.postId, toPost: input.targetPostId } : null,
  });
  updateClocks(ctx, tx, updated, action, now, ticket.pausedAt);
  notifyAfterAction(ctx, tx, { before: ticket, after: updated, action, actor, note, eventId });
  return updated;
}

function updateClocks(
  ctx: EngineContext,
  tx: Tx,
  ticket: Ticket,
  action: TicketAction,
  now: Date,
  pausedAt: Date | null,
) {
  const unmet = unmetDeadlinesOf(tx, ticket.id);
  const met = new Set(milestonesMetBy(action));
  for (const d of unmet) {
    if (met.has(d.milestone)) {
      updateDeadline(tx, d.id, { metAt: now, nextAlertAt: null });
    }
  }
  const effect = clockEffect(action);
  if (effect === "pause") {
    pauseDeadlines(tx, ticket.id, now);
  }
  if (effect === "resume" && pausedAt) {
    for (const d of unmet) {
      updateDeadline(tx, d.id, {
        pausedAt: null,
        dueAt: shiftAfterPause(ctx.calendar, d.dueAt, pausedAt, now),
        nextAlertAt: d.nextAlertAt ? shiftAfterPause(ctx.calendar, d.nextAlertAt, pausedAt, now) : null,
      });
    }
  }
  if (action === "reopen") restartResolutionClock(ctx, tx, ticket, now);
}

function restartResolutionClock(ctx: EngineContext, tx: Tx, ticket: Ticket, now: Date) {
  const target = ctx.flows
    .get(ticket.type)
    ?.sla(ticket.fields)
    .find((t) => t.milestone === "resolution");
  if (!target) return;
  const plan = planDeadline(ctx.calendar, now, target.within, ctx.settings.reminderShare);
  restartDeadline(tx, ticket.id, "resolution", plan);
}

interface AfterAction {
  before: Ticket;
  after: Ticket;
  action: TicketAction;
  actor: PersonWithPosts | "system";
  note: string | null;
  eventId: number;
}

function notifyAfterAction(ctx: EngineContext, tx: Tx, a: AfterAction) {
  const now = ctx.clock();
  const { after: ticket } = a;
  const requester = getPerson(tx, ticket.requesterId);
  const key = `event:${a.eventId}`;
  if (requester && (a.actor === "system" || a.actor.id !== requester.id)) {
    const locale = localeOf(ctx, requester);
    const t = texts(locale);
    const text =
      a.action === "ask"
        ? t.askedForInfo(ticket.number, a.note ?? "")
        : t.statusChanged(ticket.number, t.status[ticket.status] ?? ticket.status, a.note);
    enqueue(tx, {
      dedupeKey: `${key}:requester`,
      recipientId: requester.id,
      kind: "status",
      message: { text, ticketNumber: ticket.number },
      ticketId: ticket.id,
      now,
    });
    if (a.action === "resolve") enqueueRatingPoll(ctx, tx, ticket, requester, now);
  }
  notifyFollowers(ctx, tx, {
    ticket,
    action: a.action,
    actorId: a.actor === "system" ? null : a.actor.id,
    note: a.note,
    key,
  });
  if (a.action === "transfer") {
    notifyPost(ctx, tx, ticket, `${key}:assign`, { attachments: 0, followers: followerCount(tx, ticket.id) });
    return;
  }
  if (a.action === "answer" || a.action === "reopen") {
    const staff = ticket.assigneeId
      ? [getPerson(tx, ticket.assigneeId)].filter((p): p is Person => !!p)
      : membersOfPost(tx, ticket.postId);
    for (const person of staff) {
      const locale = localeOf(ctx, person);
      const t = texts(locale);
      const text =
        a.action === "answer"
          ? t.answered(ticket.number, requester?.name ?? "", a.note ?? "")
          : t.statusChanged(ticket.number, t.status.reopened ?? "", a.note);
      enqueue(tx, {
        dedupeKey: `${key}:staff:${person.id}`,
        recipientId: person.id,
        kind: "status",
        message: { text, ticketNumber: ticket.number },
        ticketId: ticket.id,
        now,
      });
    }
  }
}

/** G15: the requester rates a resolved ticket 1–5 in chat. */
export function enqueueRatingPoll(
  ctx: EngineContext,
  tx: DbOrTx,
  ticket: Pick<Ticket, "id" | "number" | "resolvedAt">,
  requester: Person,
  now: Date,
  reminder = false,
) {
  const locale = localeOf(ctx, requester);
  const t = texts(locale);
  const rate = locale === "zh" ? "评价" : "rate";
  enqueue(tx, {
    dedupeKey: ratingPollKey(ticket.id, ticket.resolvedAt, reminder),
    recipientId: requester.id,
    kind: "rating-poll",
    message: {
      text: t.ratePrompt(ticket.number),
      choices: [1, 2, 3, 4, 5].map((score) => ({
        label: "★".repeat(score),
        value: `${rate} ${ticket.number} ${score}`,
      })),
      ticketNumber: ticket.number,
    },
    ticketId: ticket.id,
    now,
  });
}

export { flowTitle, postName };
