import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type BookingTexts, zh } from "./zh.js";

export type { BookingTexts };

const byLocale: Record<Locale, BookingTexts> = { zh, en };

/** The booking sentences in one language. */
export function bookingTexts(locale: Locale): BookingTexts {
  return byLocale[locale];
}
