import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type SuppliesTexts, zh } from "./zh.js";

export type { SuppliesTexts };

const byLocale: Record<Locale, SuppliesTexts> = { zh, en };

/** The supplies desk's sentences in one language. */
export function suppliesTexts(locale: Locale): SuppliesTexts {
  return byLocale[locale];
}
