import type { Locale } from "../core/locale.js";
import type { Tx } from "../db/database.js";
import type { Person } from "../db/queries/people.js";
import {
  allSupplyItems,
  getSupplyItem,
  insertSupplyRequest,
  type SupplyItem,
} from "../db/queries/supplies.js";
import type { Ticket } from "../db/queries/tickets.js";
import type { SupplyRequestLine } from "../db/tables/supplies.js";
import type { EngineContext } from "../engine/context.js";
import type { Values } from "../engine/flow-kit/types.js";
import { notifyPeople } from "../rooms/booking-notices.js";
import type { ConfirmInput, ConfirmStep } from "../services/service.js";
import { decisionWords } from "./supply-command-words.js";
import { deskName, itemName, knownNames, lineProblem, shortages, teachingApprover } from "./supply-desk.js";
import { readSupplyLine } from "./supply-lines.js";
import { suppliesTexts } from "./texts/index.js";

/** "A4纸 2包、签字笔 10支" in the reader's language. */
export function requestItemsText(tx: Tx, lines: readonly SupplyRequestLine[], locale: Locale): string {
  const t = suppliesTexts(locale);
  return t.list(
    lines.map((l) => {
      const item = getSupplyItem(tx, l.itemId);
      return item ? t.itemAmount(itemName(item, locale), l.quantity, item.unit) : "";
    }),
  );
}

/**
 * Checks a confirmed supplies request against the catalogue inside the turn's transaction: every item must be
 * in it (unknown ones are named back with what there is) and in stock. The kind follows the catalogue: any
 * teaching consumable makes it a teaching request, which the teaching department's approver is asked about.
 * An empty catalogue leaves the request a plain ticket.
 */
export function planSupplies(
  ctx: EngineContext,
  tx: Tx,
  input: ConfirmInput,
): { values: Values; step?: ConfirmStep } {
  const catalogue = allSupplyItems(tx);
  if (catalogue.length === 0) return { values: input.values };
  const t = suppliesTexts(input.locale);
  const written = Array.isArray(input.values.items) ? input.values.items.map(String) : [];
  const wanted = new Map<number, { item: SupplyItem; quantity: number }>();
  const unknown: string[] = [];
  const problems: string[] = [];
  for (const text of written) {
    const reading = readSupplyLine(text, catalogue);
    if (reading.ok) {
      const before = wanted.get(reading.item.id)?.quantity ?? 0;
      wanted.set(reading.item.id, { item: reading.item, quantity: before + reading.quantity });
    } else if (reading.problem === "unknown") unknown.push(reading.name);
    else problems.push(lineProblem(reading, catalogue, input.locale));
  }
  if (unknown.length > 0)
    return backToItems(input, t.unknownInRequest(t.list(unknown), knownNames(catalogue, input.locale)));
  if (problems.length > 0) return backToItems(input, t.badLineInRequest(problems.join("")));
  const short = shortages([...wanted.values()], input.locale);
  if (short) return backToItems(input, t.shortInRequest(short));
  const teaching = [...wanted.values()].some((w) => w.item.category === "teaching");
  const approver = teaching ? teachingApprover(ctx, tx) : undefined;
  const lines = [...wanted.values()].map((w) => ({ itemId: w.item.id, quantity: w.quantity }));
  const values = { ...input.values, kind: teaching ? "teaching" : "office" };
  return {
    values,
    step: {
      ok: true,
      commit: (ticket) => {
        insertSupplyRequest(tx, {
          ticketId: ticket.id,
          lines,
          status: approver ? "awaiting_approval" : "ready",
          approverId: approver?.id ?? null,
          createdAt: ctx.clock(),
        });
        if (!approver) return [t.receiptOffice(deskName(ctx, tx, input.locale))];
        askApprover(ctx, tx, ticket, approver, input.person.name, lines);
        return [t.receiptTeaching(approver.name)];
      },
    },
  };
}

function backToItems(input: ConfirmInput, text: string): { values: Values; step: ConfirmStep } {
  const values = { ...input.values };
  delete values.items;
  return {
    values,
    step: { ok: false, values, state: { step: "items", changing: undefined }, replies: [{ text }] },
  };
}

type ButtonWords = [label: string, words: { zh: string; en: string }];

/** A primary and a danger button whose values are the typed commands, so every channel can offer them. */
function commandChoices(number: string, locale: Locale, yes: ButtonWords, no: ButtonWords) {
  const value = ([, words]: ButtonWords) => `${words[locale]} ${number}`;
  return [
    { label: yes[0], value: value(yes), style: "primary" as const },
    { label: no[0], value: value(no), style: "danger" as const },
  ];
}

/** The approval buttons the teaching department's approver gets. */
export function approvalChoices(number: string, locale: Locale) {
  const t = suppliesTexts(locale);
  return commandChoices(
    number,
    locale,
    [t.approveButton, decisionWords.endorse],
    [t.denyButton, decisionWords.deny],
  );
}

/** The desk's buttons for a request it may issue. */
export function issueChoices(number: string, locale: Locale) {
  const t = suppliesTexts(locale);
  return commandChoices(
    number,
    locale,
    [t.issueButton, decisionWords.issue],
    [t.declineButton, decisionWords.decline],
  );
}

export function askApprover(
  ctx: EngineContext,
  tx: Tx,
  ticket: Ticket,
  approver: Person,
  requester: string,
  lines: readonly SupplyRequestLine[],
  reminderSince?: string,
): number {
  const key =
    reminderSince === undefined
      ? `supplies-approval:${ticket.id}`
      : `supplies-approval-reminder:${ticket.id}:${ctx.calendar.localDate(ctx.clock())}`;
  return notifyPeople(ctx, tx, [approver], {
    key,
    kind: reminderSince === undefined ? "supplies-approval" : "supplies-approval-reminder",
    ticketId: ticket.id,
    message: (locale) => {
      const t = suppliesTexts(locale);
      const items = requestItemsText(tx, lines, locale);
      const text =
        reminderSince === undefined
          ? t.approvalRequest(ticket.number, requester, items)
          : `${t.approvalReminder(ticket.number, requester, items, reminderSince)}\n${t.approvalRequest(ticket.number, requester, items)}`;
      return { text, choices: approvalChoices(ticket.number, locale), ticketNumber: ticket.number };
    },
  });
}
