import { noticeOfTicket } from "../db/queries/notices.js";
import { getPerson } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import { instantText } from "../rooms/booking-format.js";
import type { CommandScope } from "../services/command-scope.js";
import { channelName } from "./notice-parts.js";
import { noticeTexts } from "./texts/index.js";

/** "查询 <no>" of a notice: its stage, who it waits for, the review and sign-off, and each channel. */
export function noticeDetailLines(scope: CommandScope, ticket: Ticket): string[] {
  const notice = noticeOfTicket(scope.tx, ticket.id);
  if (!notice) return [];
  const { ctx, tx, locale } = scope;
  const t = noticeTexts(locale);
  const name = (id: number | null) => (id ? (getPerson(tx, id)?.name ?? "") : "");
  const lines = [t.detailStage(t.stage[notice.stage] ?? notice.stage)];
  if (notice.reviewerId) lines.push(t.detailReviewer(name(notice.reviewerId)));
  if (notice.approvedAt)
    lines.push(t.detailApproved(name(notice.approvedById), instantText(ctx, notice.approvedAt, locale)));
  if (notice.signedOffAt)
    lines.push(t.detailSignedOff(name(notice.signedOffById), instantText(ctx, notice.signedOffAt, locale)));
  if (notice.stage === "publishing" || notice.stage === "published") {
    for (const c of notice.channels) {
      const at = notice.published[c];
      lines.push(
        t.detailChannel(
          channelName(ctx, ticket.type, c, locale),
          at === undefined ? undefined : instantText(ctx, new Date(at), locale),
        ),
      );
    }
  }
  return lines;
}
