import type { Tx } from "../db/database.js";
import { recordSignature, registeredDocument } from "../db/queries/documents.js";
import { getPerson, membersOfPost, type Person } from "../db/queries/people.js";
import { getTicketByNumber, type Ticket } from "../db/queries/tickets.js";
import type { EngineContext } from "../engine/context.js";
import { instantText } from "../rooms/booking-format.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import { type CommandOutcome, type CommandScope, say } from "../services/command-scope.js";
import { documentCommandText } from "./document-command-words.js";
import { documentTexts } from "./texts/index.js";

/** Asks an outgoing document's recipient to sign for it, with a button (`签收 <no>`). */
export function askSignature(
  ctx: EngineContext,
  tx: Tx,
  ticket: Ticket,
  recipient: Person,
  from: string,
): void {
  const entry = registeredDocument(tx, ticket.id);
  if (!entry) return;
  notifyPeople(ctx, tx, [recipient], {
    key: `document-sign:${ticket.id}`,
    kind: "document-sign",
    ticketId: ticket.id,
    message: (locale) => {
      const t = documentTexts(locale);
      return {
        text: t.signRequest(ticket.number, entry.title, entry.unit, entry.pages, from),
        choices: [
          {
            label: t.signButton,
            value: documentCommandText("sign", locale, ticket.number),
            style: "primary" as const,
          },
        ],
        ticketNumber: ticket.number,
      };
    },
  });
}

/**
 * "签收 <no>": the named recipient confirms receipt of an outgoing document; the register records who and
 * when, and the requester and the documents desk are told. Anyone else, a second signature, or a ticket that
 * is not an outgoing document gets a polite answer and changes nothing.
 */
export function signFor(scope: CommandScope, number: string): CommandOutcome {
  const { ctx, tx, person } = scope;
  const t = documentTexts(scope.locale);
  const ticket = getTicketByNumber(tx, number);
  if (!ticket) return say(t.missing(number));
  const entry = registeredDocument(tx, ticket.id);
  if (entry?.direction !== "send" || entry.recipientId === null) return say(t.notOutgoing(number));
  const recipientName = getPerson(tx, entry.recipientId)?.name ?? "";
  if (entry.signedAt && entry.signedById !== null) {
    const who = getPerson(tx, entry.signedById)?.name ?? "";
    return say(t.alreadySigned(number, who, instantText(ctx, entry.signedAt, scope.locale)));
  }
  if (entry.recipientId !== person.id) return say(t.notRecipient(number, recipientName));
  const now = ctx.clock();
  recordSignature(tx, ticket.id, person.id, now);
  const requester = getPerson(tx, ticket.requesterId);
  const told = [...(requester ? [requester] : []), ...membersOfPost(tx, ticket.postId)];
  notifyPeople(ctx, tx, told, {
    key: `document-signed:${ticket.id}`,
    kind: "document-signed",
    ticketId: ticket.id,
    message: (locale) => ({
      text: documentTexts(locale).signedNotice(
        number,
        entry.title,
        person.name,
        instantText(ctx, now, locale),
      ),
      ticketNumber: number,
    }),
  });
  return say(t.signed(number, instantText(ctx, now, scope.locale)));
}
