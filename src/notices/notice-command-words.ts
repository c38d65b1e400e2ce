import type { Locale } from "../core/locale.js";

/** The words that start each notice command, per language; the first word of a language is the one shown. */
export const noticeCommandWords = {
  approve: { zh: ["通过", "审核通过"], en: ["pass", "approve notice"] },
  signOff: { zh: ["签发"], en: ["sign off", "sign-off"] },
  sendBack: { zh: ["退回"], en: ["send back"] },
  published: { zh: ["已发布"], en: ["published"] },
  digest: { zh: ["新闻汇总"], en: ["news digest"] },
} as const satisfies Record<string, Record<Locale, readonly string[]>>;

export type NoticeCommandWord = keyof typeof noticeCommandWords;

/** The command as a person would type it, e.g. `noticeCommand("approve", "zh", "综合办-20261127-003")`. */
export function noticeCommand(word: NoticeCommandWord, locale: Locale, ...rest: string[]): string {
  return [noticeCommandWords[word][locale][0], ...rest].filter(Boolean).join(" ");
}
