import { commandTextFrom } from "../understanding/command-words.js";

/** The words that start each meeting command, Chinese first; the first word of a language is the one shown. */
export const meetingCommandWords = {
  setupDone: { zh: ["布置完成", "布置好了"], en: ["setup done", "set-up done"] },
  minutes: { zh: ["纪要", "会议纪要"], en: ["minutes"] },
  cleanup: { zh: ["清场", "清场完成"], en: ["cleared", "clean-up done"] },
} as const;

export const meetingCommandText = (
  word: keyof typeof meetingCommandWords,
  locale: "zh" | "en",
  ...rest: string[]
) => commandTextFrom(meetingCommandWords, word, locale, ...rest);
