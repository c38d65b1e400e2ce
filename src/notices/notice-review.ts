import { type Notice, updateNotice } from "../db/queries/notices.js";
import { getPerson } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import { fieldContext, valueLines } from "../engine/form-runtime/field-context.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { act } from "../tickets/ticket-lifecycle.js";
import { noticeCommand } from "./notice-command-words.js";
import { deskPostId, noticeLeader, requesterLocale } from "./notice-parts.js";
import { noticeTexts } from "./texts/index.js";

/** Who may decide the notice's current step: the office head at review, the leader (or a head) at sign-off. */
function mayDecide(scope: CommandScope, notice: Notice): boolean {
  if (notice.stage === "review") return scope.person.isHead;
  if (notice.stage === "sign-off") return scope.person.id === notice.reviewerId || scope.person.isHead;
  return false;
}

function refusal(scope: CommandScope, ticket: Ticket, notice: Notice): CommandOutcome {
  const t = noticeTexts(scope.locale);
  if (notice.stage !== "review" && notice.stage !== "sign-off")
    return say(t.wrongStage(ticket.number, t.stage[notice.stage] ?? notice.stage));
  const who = notice.reviewerId ? (getPerson(scope.tx, notice.reviewerId)?.name ?? "") : "";
  return say(t.notReviewer(ticket.number, who || (t.stage[notice.stage] ?? "")));
}

/**
 * "通过 <no>" (the head) or "签发 <no>" (the leader): an ordinary notice goes to the notices desk after the
 * head's review; a major one first waits for the supervising leader's sign-off in chat.
 */
export function approveNotice(scope: CommandScope, ticket: Ticket, notice: Notice): CommandOutcome {
  const { ctx, tx, person } = scope;
  const t = noticeTexts(scope.locale);
  if (!mayDecide(scope, notice)) return refusal(scope, ticket, notice);
  const now = ctx.clock();
  if (notice.stage === "review" && notice.major) {
    const leader = noticeLeader(ctx, tx);
    const rt = noticeTexts(requesterLocale(ctx, tx, ticket));
    const accepted = act(
      ctx,
      { ticket, actor: person, action: "accept", note: rt.approvedMajor(leader?.name ?? "") },
      tx,
    );
    if (!accepted.ok) return refusal(scope, ticket, { ...notice, stage: "published" });
    updateNotice(tx, notice.id, {
      stage: "sign-off",
      reviewerId: leader?.id ?? null,
      stageSince: now,
      approvedById: person.id,
      approvedAt: now,
    });
    if (leader) askForSignOff(scope, accepted.ticket, leader.id);
    return say(t.approvedReply(ticket.number, t.nextLeader(leader?.name ?? "")));
  }
  const toDesk = notice.stage === "review" ? "approvedToDesk" : "signedOffToDesk";
  const rt = noticeTexts(requesterLocale(ctx, tx, ticket));
  const note = toDesk === "approvedToDesk" ? rt.approvedToDesk : rt.signedOffToDesk(person.name);
  const moved = act(
    ctx,
    {
      ticket,
      // A leader holds no office post; the bot hands the ticket on for them, and the notice row keeps who.
      actor: notice.stage === "review" || person.isHead ? person : "system",
      action: "transfer",
      targetPostId: deskPostId(ctx, ticket.type),
      note,
    },
    tx,
  );
  if (!moved.ok) return refusal(scope, ticket, { ...notice, stage: "published" });
  updateNotice(tx, notice.id, {
    stage: "publishing",
    reviewerId: null,
    stageSince: now,
    ...(notice.stage === "review"
      ? { approvedById: person.id, approvedAt: now }
      : { signedOffById: person.id, signedOffAt: now }),
  });
  return say(t.approvedReply(ticket.number, t.nextDesk));
}

/** "退回 <no> 修改意见" by the head or the leader: the request is refused with the note, which the requester gets. */
export function sendBackNotice(
  scope: CommandScope,
  ticket: Ticket,
  notice: Notice,
  note: string,
): CommandOutcome {
  const { ctx, tx, person } = scope;
  const t = noticeTexts(scope.locale);
  if (!mayDecide(scope, notice)) return refusal(scope, ticket, notice);
  const rt = noticeTexts(requesterLocale(ctx, tx, ticket));
  const refused = act(
    ctx,
    {
      ticket,
      actor: person.isHead ? person : "system",
      action: "refuse",
      note: note ? rt.sentBack(person.name, note) : "",
    },
    tx,
  );
  if (!refused.ok) {
    if (refused.refusal.reason === "note-required") return say(t.sendBackNeedsNote(ticket.number));
    return refusal(scope, ticket, { ...notice, stage: "published" });
  }
  updateNotice(tx, notice.id, { stage: "returned", reviewerId: null, stageSince: ctx.clock() });
  return say(t.sentBackReply(ticket.number));
}

function askForSignOff(scope: CommandScope, ticket: Ticket, leaderId: number): void {
  const { ctx, tx } = scope;
  const leader = getPerson(tx, leaderId);
  if (!leader) return;
  const flow = ctx.flows.get(ticket.type);
  notifyPeople(ctx, tx, [leader], {
    key: `notice-sign-off:${ticket.id}`,
    kind: "notice-sign-off",
    ticketId: ticket.id,
    message: (locale) => {
      const t = noticeTexts(locale);
      const details = flow ? valueLines(flow, ticket.fields, fieldContext(ctx, locale, ticket.fields)) : [];
      return {
        text: t.signOffRequest(ticket.number, ticket.summary, scope.person.name, details.join("\n")),
        choices: [
          {
            label: t.signOffButton,
            value: noticeCommand("signOff", locale, ticket.number),
            style: "primary",
          },
          { label: t.sendBackButton, value: noticeCommand("sendBack", locale, ticket.number) },
        ],
        ticketNumber: ticket.number,
      };
    },
  });
}
