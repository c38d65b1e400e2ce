import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type MeetingTexts, zh } from "./zh.js";

export type { MeetingTexts };

const byLocale: Record<Locale, MeetingTexts> = { zh, en };

/** The meeting sentences in one language. */
export function meetingTexts(locale: Locale): MeetingTexts {
  return byLocale[locale];
}
