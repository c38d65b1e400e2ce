import type { Tx } from "../db/database.js";
import { countAttachments } from "../db/queries/attachments.js";
import { insertNotice } from "../db/queries/notices.js";
import { officeHeads } from "../db/queries/people.js";
import type { EngineContext } from "../engine/context.js";
import type { ConfirmInput, ConfirmStep } from "../services/service.js";
import { channelsOf, headPostId, noticeLeader } from "./notice-parts.js";
import { noticeTexts } from "./texts/index.js";

/**
 * A confirmed notice request goes to the office head's post for review (G4), not yet to the notices desk; its
 * row records the stage, the chosen channels and who is asked. The receipt says exactly what happens next.
 */
export function planNotice(ctx: EngineContext, tx: Tx, input: ConfirmInput): ConfirmStep {
  const t = noticeTexts(input.locale);
  const major = input.values.major === true;
  return {
    ok: true,
    postId: headPostId(ctx),
    commit(ticket) {
      const now = ctx.clock();
      insertNotice(tx, {
        ticketId: ticket.id,
        title: String(input.values.title ?? ticket.summary),
        major,
        stage: "review",
        channels: channelsOf(ctx, ticket),
        published: {},
        reviewerId: officeHeads(tx)[0]?.id ?? null,
        stageSince: now,
      });
      const lines = [major ? t.receiptMajor(noticeLeader(ctx, tx)?.name ?? "") : t.receiptReview];
      const files = countAttachments(tx, ticket.id);
      if (files > 0) lines.push(t.attachmentsKept(files));
      return lines;
    },
  };
}
