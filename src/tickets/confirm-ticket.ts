import type { ChannelName } from "../core/messages.js";
import type { Tx } from "../db/database.js";
import { getPost } from "../db/queries/people.js";
import { formatSpan } from "../domain/sla-calendar.js";
import type { EngineContext } from "../engine/context.js";
import { texts } from "../engine/texts/index.js";
import type { ConfirmInput, ConfirmOutcome, ConfirmStep } from "../services/service.js";
import { formatDue } from "./format-due.js";
import { createTicket } from "./ticket-lifecycle.js";
import { postName } from "./ticket-notices.js";

/**
 * After "确认": creates the ticket and tells the requester the number, the next step and its deadline in plain
 * words. A service's `step` (e.g. a room booking, checked for conflicts in the same write transaction) may
 * refuse first, or add what it wrote once the ticket exists.
 */
export function confirmTicket(
  ctx: EngineContext,
  tx: Tx,
  input: ConfirmInput,
  step?: ConfirmStep,
): ConfirmOutcome {
  const { flow, values, locale } = input;
  const t = texts(locale);
  if (step && !step.ok) {
    return { created: false, replies: step.replies, values: step.values, state: step.state };
  }
  const { ticket, deadlines } = createTicket(ctx, tx, {
    flow,
    values,
    requester: input.person,
    channel: input.channel as ChannelName,
    conversationId: input.conversationId,
    postId: step?.ok ? step.postId : undefined,
  });
  const stepLines = step?.ok ? step.commit(ticket) : [];
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
  lines.push(...stepLines, t.trackHint(ticket.number));
  return {
    created: true,
    ticketNumber: ticket.number,
    replies: [{ text: lines.join("\n"), kind: "receipt" }],
  };
}
