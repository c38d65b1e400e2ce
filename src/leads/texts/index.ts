import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type LeadTexts, zh } from "./zh.js";

export type { LeadTexts };

const byLocale: Record<Locale, LeadTexts> = { zh, en };

/** The lead sentences in one language. */
export function leadTexts(locale: Locale): LeadTexts {
  return byLocale[locale];
}
