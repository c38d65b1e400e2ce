import type { Locale } from "../core/locale.js";
import type { Choice } from "../core/messages.js";
import { commandText } from "./booking-command-words.js";
import { bookingTexts } from "./texts/index.js";

/** The approve/reject buttons a clerk gets with a room booking; each value is the typed command. */
export function decisionChoices(number: string, locale: Locale): Choice[] {
  const t = bookingTexts(locale);
  return [
    { label: t.approveButton, value: commandText("approve", locale, number), style: "primary" },
    { label: t.rejectButton, value: commandText("reject", locale, number), style: "danger" },
  ];
}

/** The line under a booking's assignment notice saying how to decide it. */
export function decisionHint(number: string, locale: Locale): string {
  return bookingTexts(locale).decisionHint(number);
}
