import { type ArchivedFile, archivedFile, updateArchivedFile } from "../db/queries/archive.js";
import { getPerson, officeHeads } from "../db/queries/people.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";
import { keepsRegister } from "../documents/document-register-list.js";
import { instantText } from "../rooms/booking-format.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { archiveCommandText } from "./archive-command-words.js";
import { fileTitle } from "./archive-filing.js";
import { archiveTexts } from "./texts/index.js";

type Found = { ticket: Ticket; file: ArchivedFile } | { refusal: CommandOutcome };

function findFile(scope: CommandScope, number: string): Found {
  const t = archiveTexts(scope.locale);
  const ticket = getTicketByNumber(scope.tx, number);
  if (!ticket) return { refusal: say(t.missing(number)) };
  const file = archivedFile(scope.tx, ticket.id);
  if (!file) return { refusal: say(t.notArchived(ticket.number)) };
  return { ticket, file };
}

/**
 * "销毁 <no>" (G2): the documents desk (or the head) asks to destroy an archived file whose retention has
 * ended; the office heads are asked in chat with approve/refuse buttons. Nothing is destroyed yet.
 */
export function requestDestruction(scope: CommandScope, number: string): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = archiveTexts(locale);
  if (!keepsRegister(scope)) return say(t.deskOnly);
  const found = findFile(scope, number);
  if ("refusal" in found) return found.refusal;
  const { ticket, file } = found;
  if (file.status === "destroyed")
    return say(
      t.alreadyDestroyed(ticket.number, instantText(ctx, file.destroyedAt ?? file.archivedAt, locale)),
    );
  if (file.status === "destruction_requested") return say(t.alreadyRequested(ticket.number));
  if (file.expiresOn === null) return say(t.permanent(ticket.number));
  const now = ctx.clock();
  if (file.expiresOn > ctx.calendar.localDate(now)) return say(t.notExpired(ticket.number, file.expiresOn));
  updateArchivedFile(tx, ticket.id, {
    status: "destruction_requested",
    destructionRequestedAt: now,
    destructionRequestedById: person.id,
  });
  const title = fileTitle(tx, ticket);
  notifyPeople(ctx, tx, officeHeads(tx), {
    key: `archive-destroy-request:${ticket.id}:${now.getTime()}`,
    kind: "archive-destroy-request",
    ticketId: ticket.id,
    message: (l) => {
      const tl = archiveTexts(l);
      return {
        text: tl.approvalRequest(
          ticket.number,
          title,
          person.name,
          file.expiresOn ?? "",
          file.location,
          file.backupLocation,
        ),
        choices: [
          {
            label: tl.approveButton,
            value: archiveCommandText("approve", l, ticket.number),
            style: "primary",
          },
          { label: tl.refuseButton, value: archiveCommandText("refuse", l, ticket.number), style: "danger" },
        ],
        ticketNumber: ticket.number,
      };
    },
  });
  return say(t.requestSent(ticket.number));
}

/**
 * "同意销毁 <no>" / "不同意销毁 <no> 原因": only an office head decides a waiting destruction request; the
 * decision is recorded (who, when; a refusal keeps the file with its reason) and the requester is told.
 */
export function decideDestruction(
  scope: CommandScope,
  number: string,
  decision: { approve: true } | { approve: false; reason: string },
): CommandOutcome {
  const { ctx, tx, person, locale } = scope;
  const t = archiveTexts(locale);
  if (!person.isHead) return say(t.headOnly);
  const found = findFile(scope, number);
  if ("refusal" in found) return found.refusal;
  const { ticket, file } = found;
  if (file.status !== "destruction_requested") return say(t.noRequest(ticket.number));
  const now = ctx.clock();
  const reason = decision.approve ? "" : decision.reason;
  updateArchivedFile(tx, ticket.id, {
    status: decision.approve ? "destroyed" : "archived",
    destructionDecidedAt: now,
    destructionDecidedById: person.id,
    destroyedAt: decision.approve ? now : null,
    destructionRefusal: decision.approve ? null : reason || null,
  });
  const requester =
    file.destructionRequestedById === null ? undefined : getPerson(tx, file.destructionRequestedById);
  notifyPeople(ctx, tx, requester ? [requester] : [], {
    key: `archive-destroy-decision:${ticket.id}:${now.getTime()}`,
    kind: "archive-destroy-decision",
    ticketId: ticket.id,
    message: (l) => {
      const tl = archiveTexts(l);
      const text = decision.approve
        ? tl.destroyedNotice(ticket.number, person.name, instantText(ctx, now, l))
        : tl.refusedNotice(ticket.number, person.name, reason);
      return { text, ticketNumber: ticket.number };
    },
  });
  return say(decision.approve ? t.destroyed(ticket.number) : t.refused(ticket.number));
}
