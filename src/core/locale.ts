/** The languages the bot speaks: Simplified Chinese by default, English available. */
export type Locale = "zh" | "en";

/** A text in both languages: a polite full sentence or a label. */
export interface Message {
  zh: string;
  en: string;
}
