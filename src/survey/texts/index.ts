import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type SurveyTexts, zh } from "./zh.js";

export type { SurveyTexts };

const byLocale: Record<Locale, SurveyTexts> = { zh, en };

/** The semester survey and quarterly summary's sentences in one language. */
export function surveyTexts(locale: Locale): SurveyTexts {
  return byLocale[locale];
}
