import { commandTextFrom } from "../understanding/command-words.js";

/** The words that start each document command, Chinese first; the first word of a language is the one shown. */
export const documentCommandWords = {
  sign: { zh: ["签收"], en: ["sign", "sign for"] },
  incoming: { zh: ["收文登记", "收文台账", "收文登记簿"], en: ["incoming register"] },
  outgoing: { zh: ["发文登记", "发文台账", "发文登记簿"], en: ["outgoing register"] },
} as const;

export const documentCommandText = (
  word: keyof typeof documentCommandWords,
  locale: "zh" | "en",
  ...rest: string[]
) => commandTextFrom(documentCommandWords, word, locale, ...rest);
