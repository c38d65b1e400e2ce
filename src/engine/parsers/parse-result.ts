export type Locale = "zh" | "en";

/** A polite full sentence in both languages saying what is wrong and what a right answer looks like. */
export interface Message {
  zh: string;
  en: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };
