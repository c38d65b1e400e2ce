import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type NoticeTexts, zh } from "./zh.js";

export type { NoticeTexts };

const byLocale: Record<Locale, NoticeTexts> = { zh, en };

/** The notice sentences in one language. */
export function noticeTexts(locale: Locale): NoticeTexts {
  return byLocale[locale];
}
