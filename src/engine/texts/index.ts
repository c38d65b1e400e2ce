import type { Locale } from "../parsers/parse-result.js";
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

/** The language a message is written in, when it says so clearly; otherwise undefined. */
export function detectLocale(text: string): Locale | undefined {
  if (cjk.test(text)) return "zh";
  if (latin.test(text)) return "en";
  return undefined;
}
