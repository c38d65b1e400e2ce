import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type LearningTexts, zh } from "./zh.js";

export type { LearningTexts };

const byLocale: Record<Locale, LearningTexts> = { zh, en };

/** The learning service's sentences in one language. */
export function learningTexts(locale: Locale): LearningTexts {
  return byLocale[locale];
}
