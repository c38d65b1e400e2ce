import { randomUUID } from "node:crypto";
import type { Locale } from "../core/locale.js";
import type { Tx } from "../db/database.js";
import { type Booking, type BookingRequest, conflictsOf } from "../db/queries/bookings.js";
import type { PersonWithPosts } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import type { FlowDefinition, Values } from "../engine/flow-kit/types.js";
import { texts } from "../engine/texts/index.js";
import type { ConfirmStep } from "../services/service.js";
import { dayKindOf } from "./booking-calendar-days.js";
import { decisionChoices } from "./booking-decision-choices.js";
import { dayText, roomTitle, slotText } from "./booking-format.js";
import { limitProblem, limitText } from "./booking-limit-check.js";
import { notifyPeople, postStaff } from "./booking-notices.js";
import { bookingRequestFrom } from "./booking-request.js";
import { reserveIn } from "./booking-reserve.js";
import { type Expansion, expandRecurrence, type Occurrence } from "./domain/booking-recurrence.js";
import { slotDecision } from "./domain/booking-slot.js";
import { bookingTexts } from "./texts/index.js";
import { slotTakenReply } from "./venue-hold.js";

export interface BookingConfirmInput {
  flow: FlowDefinition;
  values: Values;
  person: PersonWithPosts;
  locale: Locale;
}

/** Either "not yet" (back to the form with a message) or the booking to write once the ticket exists. */
export type BookingPlan = ConfirmStep;

interface Checked extends Occurrence {
  conflicts: Booking[];
}

/**
 * Checks a confirmed booking before its ticket is created, inside the engine's write transaction: the
 * directory's limits, then each date's conflicts. A single slot held by others is refused with the nearest
 * alternatives (a teaching request over non-teaching bookings is held for the office's displacement decision);
 * a series lists its conflicting dates and lets the requester skip them or cancel.
 */
export function planBooking(ctx: EngineContext, tx: Tx, input: BookingConfirmInput): BookingPlan {
  const { request, repeat } = bookingRequestFrom(input.values);
  const t = bookingTexts(input.locale);
  const expansion: Expansion = repeat
    ? expandRecurrence(request, repeat, { timeZone: ctx.settings.timeZone, dayKind: dayKindOf(ctx) })
    : { occurrences: [{ date: ctx.calendar.localDate(request.start), ...request }], skipped: [] };
  const days = (dates: readonly string[]) => t.list(dates.map((d) => dayText(ctx, d, input.locale)));
  // The form may have waited a while at the review since the time was checked.
  if (request.start < ctx.clock()) return backTo(input, "time", t.startPassed);
  if (expansion.occurrences.length === 0) {
    return backTo(
      input,
      "time",
      `${t.seriesSkipped(days(expansion.skipped.map((s) => s.date)))}\n${t.needTime}`,
    );
  }
  const limit = limitProblem(ctx, tx, {
    personId: input.person.id,
    slots: expansion.occurrences,
    isNew: true,
  });
  if (limit)
    return backTo(input, limit.limit === "too-many" ? "review" : "time", limitText(ctx, limit, input.locale));

  const checked: Checked[] = expansion.occurrences.map((o) => ({
    ...o,
    conflicts: conflictsOf(tx, request.roomId, o.start, o.end),
  }));
  if (!repeat) {
    if (slotDecision(request, checked[0]!.conflicts) === "taken") return slotTaken(ctx, tx, input, request);
    return { ok: true, commit: (ticket) => commit(ctx, tx, input, request, { ticket, booked: checked }) };
  }
  const conflicted = checked.filter((c) => c.conflicts.length > 0);
  const lines = conflicted.map((c) =>
    t.seriesConflictLine(dayText(ctx, c.date, input.locale), t.list(c.conflicts.map((b) => b.purpose))),
  );
  if (conflicted.length === checked.length) return backTo(input, "time", t.seriesAllTaken(lines));
  const agreed =
    repeat.skipFor && Date.parse(repeat.skipFor) === request.start.getTime() ? (repeat.skip ?? []) : [];
  if (conflicted.some((c) => !agreed.includes(c.date))) {
    const skip = conflicted.map((c) => c.date);
    const values = { ...input.values, repeat: { ...repeat, skip, skipFor: request.start.toISOString() } };
    const text = t.seriesConflicts(lines, checked.length - conflicted.length, checked.length);
    const choices = [
      { label: t.skipConflicts, value: texts(input.locale).confirm, style: "primary" as const },
      { label: t.changeTime, value: t.changeTimeCommand },
      { label: texts(input.locale).cancel, value: texts(input.locale).cancel, style: "danger" as const },
    ];
    return {
      ok: false,
      values,
      state: { step: "review", changing: undefined },
      replies: [{ text, choices }],
    };
  }
  return {
    ok: true,
    commit: (ticket) =>
      commit(ctx, tx, input, request, {
        ticket,
        booked: checked.filter((c) => c.conflicts.length === 0),
        series: { holidays: expansion.skipped.map((s) => s.date), conflicts: conflicted.map((c) => c.date) },
      }),
  };
}

interface Commit {
  ticket: Ticket;
  booked: readonly Occurrence[];
  series?: { holidays: string[]; conflicts: string[] };
}

function commit(
  ctx: EngineContext,
  tx: Tx,
  input: BookingConfirmInput,
  request: BookingRequest,
  c: Commit,
): string[] {
  const t = bookingTexts(input.locale);
  const now = ctx.clock();
  const seriesId = c.series ? randomUUID() : null;
  const displaced: Booking[] = [];
  for (const o of c.booked) {
    const result = reserveIn(tx, {
      request: { ...request, start: o.start, end: o.end },
      requesterId: input.person.id,
      ticketId: c.ticket.id,
      now,
      seriesId,
    });
    // Checked a moment ago in this same write transaction, so nobody can have taken it since.
    if (!result.ok)
      throw new Error(
        `slot of ${request.roomId} at ${o.start.toISOString()} taken inside its own transaction`,
      );
    displaced.push(...result.displaces);
  }
  const days = (dates: readonly string[]) => t.list(dates.map((d) => dayText(ctx, d, input.locale)));
  const lines: string[] = [];
  if (c.series) {
    lines.push(t.seriesCreated(c.booked.length, days(c.booked.map((o) => o.date))));
    if (c.series.holidays.length > 0) lines.push(t.seriesSkipped(days(c.series.holidays)));
    if (c.series.conflicts.length > 0) lines.push(t.seriesConflictSkipped(days(c.series.conflicts)));
  }
  if (displaced.length > 0) {
    lines.push(t.displacementHeld(t.list(displaced.map((b) => b.purpose))));
    askForDisplacement(ctx, tx, c.ticket, request, displaced);
  } else {
    lines.push(t.held);
  }
  lines.push(t.checkInHint(ctx.settings.bookingCheckInMinutes, c.ticket.number));
  return lines;
}

/** Teaching over non-teaching (G6): the office decides; its staff get the clash spelled out with the buttons. */
function askForDisplacement(
  ctx: EngineContext,
  tx: Tx,
  ticket: Ticket,
  request: BookingRequest,
  displaced: Booking[],
) {
  const staff = postStaff(tx, ticket.postId, true);
  notifyPeople(ctx, tx, staff, {
    key: `booking-displacement:${ticket.id}`,
    kind: "booking-displacement",
    ticketId: ticket.id,
    message: (locale) => {
      const t = bookingTexts(locale);
      const others = t.list(
        displaced.map((b) => `${b.purpose} ${slotText(ctx, { start: b.startAt, end: b.endAt }, locale)}`),
      );
      return {
        text: t.displacementRequest(
          ticket.number,
          roomTitle(tx, request.roomId, locale),
          slotText(ctx, request, locale),
          others,
        ),
        choices: decisionChoices(ticket.number, locale),
        ticketNumber: ticket.number,
      };
    },
  });
}

function backTo(input: BookingConfirmInput, step: "time" | "review", text: string): BookingPlan {
  const values = { ...input.values };
  if (step === "time") delete values.time;
  return { ok: false, values, state: { step, changing: undefined }, replies: [{ text }] };
}

function slotTaken(
  ctx: EngineContext,
  tx: Tx,
  input: BookingConfirmInput,
  request: BookingRequest,
): BookingPlan {
  const { locale, flow } = input;
  const label = (key: string) => flow.fields.find((f) => f.key === key)?.label[locale] ?? key;
  const reply = slotTakenReply(ctx, tx, request, locale, { room: label("room"), time: label("time") });
  const plan = backTo(input, "time", "");
  return plan.ok ? plan : { ...plan, replies: [reply] };
}
