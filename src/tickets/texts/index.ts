import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type TicketTexts, zh } from "./zh.js";

export type { TicketTexts };

const byLocale: Record<Locale, TicketTexts> = { zh, en };

/** The tickets service's own sentences in one language. */
export function ticketTexts(locale: Locale): TicketTexts {
  return byLocale[locale];
}
