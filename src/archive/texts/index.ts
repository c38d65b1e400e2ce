import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type ArchiveTexts, zh } from "./zh.js";

export type { ArchiveTexts };

const byLocale: Record<Locale, ArchiveTexts> = { zh, en };

/** The archive sentences in one language. */
export function archiveTexts(locale: Locale): ArchiveTexts {
  return byLocale[locale];
}
