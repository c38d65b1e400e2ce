import { z } from "zod";
import type { Tx } from "../db/database.js";
import { getPost, type PersonWithPosts } from "../db/queries/people.js";
import { formatSpan } from "../domain/sla-calendar.js";
import { conflictsOf, findAlternatives, insertBooking, type BookingRequest } from "./bookings/booking-service.js";
import type { EngineContext } from "./context.js";
import type { FlowDefinition, Values } from "./flow-kit/types.js";
import { activeRooms } from "./form/field-context.js";
import type { FormState } from "./form/form-runtime.js";
import type { ChannelName, Reply } from "./inbound.js";
import { formatTimeRange } from "./parsers/date-time.js";
import type { Locale } from "./parsers/parse-result.js";
import { texts } from "./texts/index.js";
import { formatDue } from "./tickets/format-due.js";
import { postName } from "./tickets/ticket-notices.js";
import { createTicket } from "./tickets/ticket-service.js";

export interface ConfirmInput {
  flow: FlowDefinition;
  values: Values;
  person: PersonWithPosts;
  locale: Locale;
  channel: string;
  conversationId?: number | undefined;
}

export type ConfirmOutcome =
  | { created: true; replies: Reply[]; ticketNumber: string }
  | { created: false; replies: Reply[]; values: Values; state: Partial<FormState> };

const bookingValues = z.object({
  room: z.string(),
  time: z.object({ start: z.string(), end: z.string() }),
  purpose: z.string(),
  teaching: z.boolean().nullish(),
  attendees: z.number().nullish(),
  equipment: z.array(z.string()).nullish(),
});

/** The room booking a "booking" flow's values describe (fields room, time, purpose, teaching, attendees, equipment). */
export function bookingRequestFrom(values: Values): BookingRequest {
  const v = bookingValues.parse(values);
  return {
    roomId: v.room,
    start: new Date(v.time.start),
    end: new Date(v.time.end),
    purpose: v.purpose,
    teaching: v.teaching ?? false,
    attendees: v.attendees ?? null,
    equipment: v.equipment ?? [],
  };
}

/**
 * After "确认": creates the ticket (and for a booking flow the room booking, checked for conflicts in the same
 * write transaction) and tells the requester the number, the next step and its deadline in plain words.
 */
export function confirmFlow(ctx: EngineContext, tx: Tx, input: ConfirmInput): ConfirmOutcome {
  const { flow, values, locale } = input;
  const t = texts(locale);
  const booking = flow.creates === "booking" ? bookingRequestFrom(values) : undefined;
  if (booking && conflictsOf(tx, booking.roomId, booking.start, booking.end).length > 0) {
    return slotTaken(ctx, tx, input, booking);
  }
  const { ticket, deadlines } = createTicket(ctx, tx, {
    flow,
    values,
    requester: input.person,
    channel: input.channel as ChannelName,
    conversationId: input.conversationId,
  });
  if (booking) insertBooking(tx, booking, input.person.id, ticket.id, ctx.clock());
  const now = ctx.clock();
  const lines = [t.created(ticket.number)];
  const response = deadlines.find((d) => d.milestone === "response");
  const target = flow.sla(values).find((s) => s.milestone === "response");
  if (response && target) {
    lines.push(
      t.nextStep(
        postName(getPost(tx, ticket.postId), locale),
        formatSpan(target.within, locale),
        formatDue(response.dueAt, now, ctx.settings.timeZone, locale),
      ),
    );
  }
  for (const d of deadlines.filter((d) => d.milestone !== "response")) {
    lines.push(t.deadlineLine(t.milestone[d.milestone] ?? d.milestone, formatDue(d.dueAt, now, ctx.settings.timeZone, locale)));
  }
  const extra = flow.afterCreate?.(values);
  if (extra) lines.push(extra[locale]);
  lines.push(t.trackHint(ticket.number));
  return { created: true, ticketNumber: ticket.number, replies: [{ text: lines.join("\n") }] };
}

function slotTaken(ctx: EngineContext, tx: Tx, input: ConfirmInput, booking: BookingRequest): ConfirmOutcome {
  const { locale } = input;
  const rooms = activeRooms(ctx);
  const day = ctx.calendar.localDate(booking.start);
  const laterStarts: Date[] = [];
  for (let step = 1; step <= 16; step++) {
    const start = new Date(booking.start.getTime() + step * 30 * 60_000);
    const end = new Date(start.getTime() + booking.end.getTime() - booking.start.getTime());
    if (ctx.calendar.localDate(start) !== day) break;
    if (ctx.calendar.isWorkingTime(start) && ctx.calendar.workingMinutesBetween(start, end) === (end.getTime() - start.getTime()) / 60_000) laterStarts.push(start);
  }
  const alternatives = findAlternatives(tx, booking, { laterStarts, rooms });
  const fmt = { timeZone: ctx.settings.timeZone, locale, now: ctx.clock() };
  const roomName = (id: string) => {
    const room = rooms.find((r) => r.id === id);
    return room ? (locale === "en" ? (room.nameEn ?? room.name) : room.name) : id;
  };
  const header =
    locale === "zh"
      ? `抱歉，${roomName(booking.roomId)}在 ${formatTimeRange(booking, fmt)} 已被预约。`
      : `Sorry, ${roomName(booking.roomId)} is already booked for ${formatTimeRange(booking, fmt)}.`;
  const label = (key: string) => input.flow.fields.find((f) => f.key === key)?.label[locale] ?? key;
  const choices = alternatives.map((a) => ({
    label: `${roomName(a.roomId)} ${formatTimeRange(a, fmt)}`,
    value: `${label("room")}: ${roomName(a.roomId)}\n${label("time")}: ${formatTimeRange(a, fmt)}`,
  }));
  const prompt =
    alternatives.length > 0
      ? locale === "zh"
        ? "可以选择以下空闲的安排，或回复新的时间："
        : "You can pick one of these free options, or reply with another time:"
      : locale === "zh"
        ? "附近时间没有空闲场地，请回复其他时间。"
        : "Nothing similar is free around then; please reply with another time.";
  const values = { ...input.values };
  delete values.time;
  return {
    created: false,
    values,
    state: { step: "time", changing: undefined },
    replies: [{ text: `${header}\n${prompt}`, choices: choices.length > 0 ? choices : undefined }],
  };
}
