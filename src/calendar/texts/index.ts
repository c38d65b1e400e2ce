import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type CalendarTexts, zh } from "./zh.js";

export type { CalendarTexts };

const byLocale: Record<Locale, CalendarTexts> = { zh, en };

/** The working-day calendar's sentences in one language. */
export function calendarTexts(locale: Locale): CalendarTexts {
  return byLocale[locale];
}
