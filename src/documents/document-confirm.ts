import type { Tx } from "../db/database.js";
import { registerDocument } from "../db/queries/documents.js";
import type { Person } from "../db/queries/people.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { peopleNamed } from "../people/named-people.js";
import type { ConfirmInput, ConfirmStep } from "../services/service.js";
import { askSignature } from "./document-signature.js";
import { type DocumentValues, documentValuesOf } from "./document-values.js";
import { documentTexts } from "./texts/index.js";

/**
 * Registers a confirmed incoming or outgoing document (G1) in the turn's transaction; its ticket number is the
 * register number. An outgoing one needs a recipient in the directory (otherwise back to that question), who
 * is asked in chat to sign for it. An archiving request registers nothing: the desk files it with 归档.
 */
export function planDocument(ctx: EngineContext, tx: Tx, input: ConfirmInput): ConfirmStep {
  const values = documentValuesOf(input.values);
  if (!values) return { ok: true, commit: () => [] };
  const { direction } = values;
  if (direction === "archive") return { ok: true, commit: () => [] };
  let recipient: Person | undefined;
  if (values.direction === "send" && values.recipient) {
    const { found, unknown } = peopleNamed(tx, [values.recipient]);
    if (unknown.length > 0) {
      const rest = { ...input.values };
      delete rest.recipient;
      return {
        ok: false,
        values: rest,
        state: { step: "recipient", changing: undefined },
        replies: [{ text: documentTexts(input.locale).unknownRecipient(values.recipient) }],
      };
    }
    recipient = found[0];
  }
  return {
    ok: true,
    commit: (ticket) => register(ctx, tx, input, ticket, { ...values, direction }, recipient),
  };
}

function register(
  ctx: EngineContext,
  tx: Tx,
  input: ConfirmInput,
  ticket: Ticket,
  values: DocumentValues & { direction: "receive" | "send" },
  recipient: Person | undefined,
): string[] {
  const t = documentTexts(input.locale);
  const now = ctx.clock();
  registerDocument(tx, {
    ticketId: ticket.id,
    direction: values.direction,
    title: values.title,
    referenceNo: values.referenceNo ?? null,
    unit: values.sendingUnit ?? "",
    classification: values.classification,
    pages: values.pages,
    registeredOn: ctx.calendar.localDate(now),
    deadline: values.deadline ?? null,
    registeredAt: now,
    recipientId: recipient?.id ?? null,
  });
  const lines = [t.registered(t.direction[values.direction] ?? "", ticket.number)];
  if (recipient) {
    askSignature(ctx, tx, ticket, recipient, input.person.name);
    lines.push(t.signatureAsked(recipient.name));
  }
  return lines;
}
