import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type AuditTexts, zh } from "./zh.js";

export type { AuditTexts };

const byLocale: Record<Locale, AuditTexts> = { zh, en };

/** The monthly audit's sentences in one language. */
export function auditTexts(locale: Locale): AuditTexts {
  return byLocale[locale];
}
