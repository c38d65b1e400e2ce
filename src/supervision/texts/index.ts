import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type SupervisionTexts, zh } from "./zh.js";

export type { RateText, SupervisionTexts } from "./zh.js";

const byLocale: Record<Locale, SupervisionTexts> = { zh, en };

/** The supervision service's sentences in one language. */
export function supervisionTexts(locale: Locale): SupervisionTexts {
  return byLocale[locale];
}
