import { DateTime } from "luxon";
import type { Locale } from "../core/locale.js";
import type { Db } from "../db/database.js";
import {
  openTicketsAtPlace,
  openTicketsWithoutPlace,
  setProblemPlace,
  storedProblemPlace,
} from "../db/queries/duplicate-reports.js";
import { enqueue } from "../db/queries/outbox.js";
import { isSubscribed, subscribe } from "../db/queries/ticket-subscribers.js";
import { getTicketByNumber, recordEvent, type Ticket } from "../db/queries/tickets.js";
import { openStatuses } from "../domain/ticket-status.js";
import type { FlowDefinition, Values } from "../engine/flow-kit/types.js";
import { isWord } from "../engine/form-runtime/form-runtime.js";
import { texts } from "../engine/texts/index.js";
import type { CommandOutcome, CommandScope } from "../services/command-scope.js";
import { defaultServiceId } from "../services/service-registry.js";
import {
  matchesLongerPlaces,
  matchingPlaces,
  type ProblemKey,
  problemKey,
  sameProblem,
} from "../understanding/same-problem.js";
import { ticketTexts } from "./texts/index.js";
import { followerCount, handlersOf } from "./ticket-followers.js";
import { localeOf } from "./ticket-notices.js";

/** What the duplicate question waits for: the number of the open ticket the report seems to repeat. */
export interface DuplicateQuestion {
  duplicate: string;
}

/** The key of the problem a report of `flow` describes, when the flow declares `sameProblem`. */
export function problemKeyOf(flow: FlowDefinition, values: Values): ProblemKey | undefined {
  const fields = flow.sameProblem;
  if (!fields) return undefined;
  const place = values[fields.place];
  const object = values[fields.object];
  return typeof place === "string" && typeof object === "string" ? problemKey(place, object) : undefined;
}

/**
 * The problem place a ticket of `flow` is stored with, so a later report finds it: null for a service that does
 * not look for repeated reports.
 */
export function storedPlaceOf(flow: FlowDefinition, values: Values): string | null {
  return flow.sameProblem ? storedProblemPlace(problemKeyOf(flow, values)?.place) : null;
}

/**
 * Works out and stores the problem place of open reports filed before places were stored with tickets, so a
 * new report finds them too. Runs at start-up; afterwards every ticket is stored with its place.
 */
export function placeOpenReports(db: Db, flows: readonly FlowDefinition[]): void {
  const byId = new Map(flows.filter((f) => f.sameProblem).map((f) => [f.id, f]));
  if (byId.size === 0) return;
  db.transaction((tx) => {
    for (const ticket of openTicketsWithoutPlace(tx, [...byId.keys()]))
      setProblemPlace(tx, ticket.id, storedPlaceOf(byId.get(ticket.type)!, ticket.fields));
  });
}

function reportedAt(scope: CommandScope, at: Date): string {
  const zone = scope.ctx.settings.timeZone;
  const when = DateTime.fromJSDate(at, { zone });
  const today = DateTime.fromJSDate(scope.ctx.clock(), { zone }).hasSame(when, "day");
  if (today) return when.toFormat("HH:mm");
  return scope.locale === "zh" ? when.toFormat("M月d日 HH:mm") : when.setLocale("en").toFormat("d LLL HH:mm");
}

/**
 * Before a second ticket is made for one problem: a report whose place and object (the fields the flow names
 * in `sameProblem`) match an open ticket someone else filed is answered with that ticket, and the teacher may
 * follow it instead ("关注那张工单") or go on ("不是同一个问题").
 */
export function duplicatePrecheck(
  scope: CommandScope,
  flow: FlowDefinition,
  values: Values,
): CommandOutcome | undefined {
  const key = problemKeyOf(flow, values);
  if (!key) return undefined;
  const endingIn = matchesLongerPlaces(key.place) ? key.place : undefined;
  const candidates = openTicketsAtPlace(
    scope.tx,
    flow.id,
    scope.person.id,
    matchingPlaces(key.place),
    endingIn,
  );
  for (const ticket of candidates) {
    const other = problemKeyOf(flow, ticket.fields);
    if (other && sameProblem(key, other) && !isSubscribed(scope.tx, ticket.id, scope.person.id))
      return alreadyReported(scope, flow, ticket, other.objects.find((o) => key.objects.includes(o)) ?? "");
  }
  return undefined;
}

/** The open ticket `match` named to the teacher, with the question whether to follow it. */
function alreadyReported(
  scope: CommandScope,
  flow: FlowDefinition,
  match: Ticket,
  thing: string,
): CommandOutcome {
  const tt = ticketTexts(scope.locale);
  const place = String(match.fields[flow.sameProblem!.place] ?? "");
  const status = texts(scope.locale).status[match.status] ?? match.status;
  const text = tt.alreadyReported({
    place,
    thing,
    summary: match.summary,
    time: reportedAt(scope, match.createdAt),
    number: match.number,
    status,
  });
  return {
    replies: [
      {
        text,
        choices: [
          { label: tt.follow, value: tt.follow, style: "primary" },
          { label: tt.notSame, value: tt.notSame },
        ],
      },
    ],
    awaiting: { service: defaultServiceId, data: { duplicate: match.number } satisfies DuplicateQuestion },
  };
}

const followWords = (locale: Locale) => [
  ticketTexts(locale).follow.toLowerCase(),
  "关注",
  "是",
  "是的",
  "好",
  "follow",
  "yes",
];
const notSameWords = (locale: Locale) => [
  ticketTexts(locale).notSame.toLowerCase(),
  "不是",
  "否",
  "不",
  "no",
  "not the same",
];

/** The answer to the duplicate question; undefined for anything else (the form takes it as its answer). */
export function answerDuplicate(
  scope: CommandScope,
  question: DuplicateQuestion,
  text: string,
): CommandOutcome | undefined {
  const tt = ticketTexts(scope.locale);
  if (isWord(text, notSameWords(scope.locale))) return { replies: [{ text: tt.newOneThen }], form: "resume" };
  if (!isWord(text, followWords(scope.locale))) return undefined;
  const ticket = getTicketByNumber(scope.tx, question.duplicate);
  if (!ticket || !openStatuses.includes(ticket.status))
    return { replies: [{ text: tt.newOneThen }], form: "resume" };
  follow(scope, ticket);
  return { replies: [{ text: tt.followed(ticket.number) }], form: "end" };
}

/** Subscribes the sender to a ticket, records it in the audit trail and tells whoever handles it. */
function follow(scope: CommandScope, ticket: Ticket): void {
  const { ctx, tx, person } = scope;
  const now = ctx.clock();
  if (!subscribe(tx, ticket.id, person.id, "follow", now)) return;
  const eventId = recordEvent(tx, {
    ticketId: ticket.id,
    at: now,
    actorId: person.id,
    action: "follow",
    fromStatus: ticket.status,
    toStatus: ticket.status,
    data: { via: "duplicate-report" },
  });
  const n = followerCount(tx, ticket.id);
  for (const handler of handlersOf(tx, ticket)) {
    const locale = localeOf(ctx, handler);
    enqueue(tx, {
      dedupeKey: `event:${eventId}:staff:${handler.id}`,
      recipientId: handler.id,
      kind: "status",
      message: {
        text: ticketTexts(locale).someoneFollowed(person.name, ticket.number, ticket.summary, n),
        ticketNumber: ticket.number,
      },
      ticketId: ticket.id,
      now,
    });
  }
}
