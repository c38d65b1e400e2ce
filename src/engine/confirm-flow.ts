import type { Locale } from "../core/locale.js";
import type { ChannelName, Reply } from "../core/messages.js";
import type { Tx } from "../db/database.js";
import { getPost, type PersonWithPosts } from "../db/queries/people.js";
import { formatSpan } from "../domain/sla-calendar.js";
import { planBooking } from "./bookings/booking-confirm.js";
import type { EngineContext } from "./context.js";
import type { FlowDefinition, Values } from "./flow-kit/types.js";
import type { FormState } from "./form/form-runtime.js";
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

/**
 * After "确认": creates the ticket (and for a booking flow the room booking, checked for conflicts in the same
 * write transaction) and tells the requester the number, the next step and its deadline in plain words.
 */
export function confirmFlow(ctx: EngineContext, tx: Tx, input: ConfirmInput): ConfirmOutcome {
  const { flow, values, locale } = input;
  const t = texts(locale);
  const booking = flow.creates === "booking" ? planBooking(ctx, tx, input) : undefined;
  if (booking && !booking.ok) {
    return { created: false, replies: booking.replies, values: booking.values, state: booking.state };
  }
  const { ticket, deadlines } = createTicket(ctx, tx, {
    flow,
    values,
    requester: input.person,
    channel: input.channel as ChannelName,
    conversationId: input.conversationId,
  });
  const bookingLines = booking?.ok ? booking.commit(ticket) : [];
  const now = ctx.clock();
  const lines = [t.created(ticket.number)];
  const response = deadlines.find((d) => d.milestone === "response");
  const target = flow.sla(values).find((s) => s.milestone === "response");
  if (response && target) {
    lines.push(
      t.nextStep(
        postName(getPost(tx, ticket.postId), locale),
        formatSpan(target.within, locale),
        formatDue(response.dueAt, now, ctx.calendar, locale),
      ),
    );
  }
  for (const d of deadlines.filter((d) => d.milestone !== "response")) {
    lines.push(
      t.deadlineLine(t.milestone[d.milestone] ?? d.milestone, formatDue(d.dueAt, now, ctx.calendar, locale)),
    );
  }
  const extra = flow.afterCreate?.(values);
  if (extra) lines.push(extra[locale]);
  lines.push(...bookingLines, t.trackHint(ticket.number));
  return { created: true, ticketNumber: ticket.number, replies: [{ text: lines.join("\n") }] };
}
