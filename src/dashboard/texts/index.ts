import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type DashboardTexts, zh } from "./zh.js";

export type { DashboardTexts };

const byLocale: Record<Locale, DashboardTexts> = { zh, en };

/** The dashboard's and export's sentences in one language. */
export function dashboardTexts(locale: Locale): DashboardTexts {
  return byLocale[locale];
}
