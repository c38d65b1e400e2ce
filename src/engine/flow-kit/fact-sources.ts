import { findContact, leaderSignOff } from "../../understanding/facts/contact.js";
import { type Cue, hasCue } from "../../understanding/facts/cues.js";
import {
  bookingPurpose,
  labelledContent,
  meetingTopic,
  noticeSubject,
  printedDocument,
  quotedTitle,
  wholeMessage,
} from "../../understanding/facts/free-text.js";
import { findRequestedEquipment, findSupplyItems } from "../../understanding/facts/items.js";
import { findOrganisation } from "../../understanding/facts/organisations.js";
import { findPlace } from "../../understanding/facts/places.js";
import type { FieldContext } from "./types.js";

export type { Cue };

/**
 * Where a free-text field's value can come from in the opening message ("describe once"): the place named,
 * the message itself as the description, a notice's subject, a meeting's name, the document to print, an
 * outside organisation.
 */
export type TextFact =
  | "place"
  | "message"
  | "notice-subject"
  | "meeting-topic"
  | "printed-document"
  | "organisation"
  | "contact"
  | "quoted-title"
  | "labelled-content"
  | "leader-sign-off"
  | "purpose";

/** Where a list field's items can come from: equipment asked for, or supply items with their quantities. */
export type ListFact = "equipment" | "supply-items";

export function textFact(fact: TextFact, text: string, ctx: FieldContext): string | undefined {
  switch (fact) {
    case "place":
      return findPlace(text, ctx.rooms);
    case "message":
      return wholeMessage(text);
    case "notice-subject":
      return noticeSubject(text);
    case "meeting-topic":
      return meetingTopic(text);
    case "printed-document":
      return printedDocument(text);
    case "organisation":
      return findOrganisation(text);
    case "contact":
      return findContact(text);
    case "quoted-title":
      return quotedTitle(text);
    case "labelled-content":
      return labelledContent(text);
    case "leader-sign-off":
      return leaderSignOff(text);
    case "purpose":
      return bookingPurpose(text);
  }
}

export function listFact(fact: ListFact, text: string): string[] | undefined {
  if (fact === "equipment") return findRequestedEquipment(text);
  const items = findSupplyItems(text);
  return items.length > 0 ? items : undefined;
}

export function cueHolds(cue: Cue, text: string): boolean {
  return hasCue(text, cue);
}
