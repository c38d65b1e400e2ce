import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type DocumentTexts, zh } from "./zh.js";

export type { DocumentTexts };

const byLocale: Record<Locale, DocumentTexts> = { zh, en };

/** The document-register sentences in one language. */
export function documentTexts(locale: Locale): DocumentTexts {
  return byLocale[locale];
}
