import type { Locale } from "../core/locale.js";

/** The words that start each meeting command, Chinese first; the first word of a language is the one shown. */
export const meetingCommandWords = {
  setupDone: { zh: ["布置完成", "布置好了"], en: ["setup done", "set-up done"] },
  minutes: { zh: ["纪要", "会议纪要"], en: ["minutes"] },
  cleanup: { zh: ["清场", "清场完成"], en: ["cleared", "clean-up done"] },
} as const satisfies Record<string, Record<Locale, readonly string[]>>;

export type MeetingCommandWord = keyof typeof meetingCommandWords;

/** The command as a user would type it, e.g. `meetingCommandText("setupDone", "zh", "综合办-20261127-003")`. */
export function meetingCommandText(word: MeetingCommandWord, locale: Locale, ...rest: string[]): string {
  return [meetingCommandWords[word][locale][0], ...rest].filter(Boolean).join(" ");
}
