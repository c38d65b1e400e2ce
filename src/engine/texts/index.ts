import type { Locale } from "../../core/locale.js";
import { en } from "./en.js";
import { type Texts, zh } from "./zh.js";

export type { Texts };

const byLocale: Record<Locale, Texts> = { zh, en };

/** The engine's sentences in one language. */
export function texts(locale: Locale): Texts {
  return byLocale[locale];
}

const cjk = /[\u3400-\u9fff]/;
const latin = /[A-Za-z]{4,}/;
// A ticket number's prefix is Chinese ("综合办-20261127-003"), so "status 综合办-…" would read as Chinese.
const ticketNumbers = /[^\s\d-]{1,12}-\d{8}-\d{3,}/gu;

/** The language a message is written in, when it says so clearly; otherwise undefined. */
export function detectLocale(text: string): Locale | undefined {
  const words = text.replace(ticketNumbers, " ");
  if (cjk.test(words)) return "zh";
  if (latin.test(words)) return "en";
  return undefined;
}
