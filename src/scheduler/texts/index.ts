import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type SchedulerTexts, zh } from "./zh.js";

export type { AlertSubject, SchedulerTexts } from "./zh.js";

const byLocale: Record<Locale, SchedulerTexts> = { zh, en };

/** The scheduler's sentences in one language. */
export function schedulerTexts(locale: Locale): SchedulerTexts {
  return byLocale[locale];
}
