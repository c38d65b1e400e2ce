import { enqueue } from "../db/queries/outbox.js";
import { officeHeads } from "../db/queries/people.js";
import { insertRating, ratingOf, setRatingComment, updateRating } from "../db/queries/ratings.js";
import { getTicket, type Ticket } from "../db/queries/tickets.js";
import { texts } from "../engine/texts/index.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { defaultServiceId as ticketsServiceId } from "../services/service-registry.js";
import { act } from "./ticket-lifecycle.js";
import { flowTitle, localeOf } from "./ticket-notices.js";

// G15: the requester rates a resolved ticket 1–5 once (a change within 12 hours is allowed); a score of 2 or
// less alerts the office head and asks what to improve.
const twelveHours = 12 * 60 * 60 * 1000;
/** The longest comment kept (and passed on); the rating table's comment is free text. */
const maxCommentLength = 2000;

export function rate(
  scope: CommandScope,
  ticket: Ticket,
  score: number | undefined,
  comment: string,
): CommandOutcome {
  const { ctx, tx, person } = scope;
  const t = texts(scope.locale);
  if (ticket.requesterId !== person.id || !["resolved", "closed"].includes(ticket.status))
    return say(t.rateNotAllowed);
  const now = ctx.clock();
  const existing = ratingOf(tx, ticket.id);
  if (score === undefined) {
    if (!existing || !comment) return say(t.rateUsage);
    updateRating(tx, existing.id, { comment, updatedAt: now });
    if (existing.score <= 2) alertHeadOfLowRating(scope, ticket, existing.score, comment);
    return say(t.rated(existing.score));
  }
  if (existing && now.getTime() - existing.createdAt.getTime() > twelveHours) return say(t.rateTooLate);
  const row = { score, comment: comment || existing?.comment || null, updatedAt: now };
  if (existing) updateRating(tx, existing.id, row);
  else insertRating(tx, { ticketId: ticket.id, requesterId: person.id, createdAt: now, ...row });
  if (ticket.status === "resolved") act(ctx, { ticket, actor: person, action: "close" }, tx);
  if (score <= 2) {
    alertHeadOfLowRating(scope, ticket, score, row.comment);
    if (!row.comment) {
      const ask =
        scope.locale === "zh"
          ? "很抱歉没能让您满意。能告诉我们哪里需要改进吗？直接回复即可。"
          : "We are sorry it was not satisfactory. What should we improve? Just reply here.";
      return {
        replies: [{ text: `${t.rated(score)}\n${ask}` }],
        awaiting: { service: ticketsServiceId, data: { ratingComment: ticket.id } },
      };
    }
  }
  return say(t.rated(score));
}

/**
 * The office head gets a low score with the requester's whole comment (sent again whenever a comment comes in),
 * so "您的意见已转给办公室负责人" is true.
 */
function alertHeadOfLowRating(
  scope: CommandScope,
  ticket: Ticket,
  score: number,
  comment: string | null,
): void {
  const { ctx, tx } = scope;
  const now = ctx.clock();
  for (const head of officeHeads(tx)) {
    const locale = localeOf(ctx, head);
    const text = texts(locale).lowRatingAlert(
      ticket.number,
      `${flowTitle(ctx, ticket.type, locale)}${locale === "zh" ? "：" : ": "}${ticket.summary}`,
      score,
      comment,
    );
    enqueue(tx, {
      dedupeKey: `low-rating:${ticket.id}:${now.getTime()}:${comment ? "comment:" : ""}${head.id}`,
      recipientId: head.id,
      kind: "low-rating",
      message: { text, ticketNumber: ticket.number, urgent: true },
      ticketId: ticket.id,
      now,
    });
  }
}

/** Records a rating comment the requester typed after a low score and passes it, whole, to the office head. */
export function saveRatingComment(scope: CommandScope, ticketId: number, comment: string): CommandOutcome {
  const kept = comment.trim().slice(0, maxCommentLength);
  setRatingComment(scope.tx, ticketId, kept, scope.ctx.clock());
  const ticket = getTicket(scope.tx, ticketId);
  const rating = ratingOf(scope.tx, ticketId);
  if (ticket && rating) alertHeadOfLowRating(scope, ticket, rating.score, kept);
  return say(
    scope.locale === "zh"
      ? "谢谢，您的意见已转给办公室负责人。"
      : "Thank you; your comment has been passed to the office head.",
  );
}
