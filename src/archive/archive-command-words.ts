import { commandTextFrom } from "../understanding/command-words.js";

/** The words that start each archive command, Chinese first; the first word of a language is the one shown. */
export const archiveCommandWords = {
  archive: { zh: ["归档"], en: ["archive"] },
  list: { zh: ["档案", "档案列表", "查看档案"], en: ["archives", "archive list"] },
  destroy: { zh: ["销毁", "申请销毁"], en: ["destroy"] },
  approve: { zh: ["同意销毁", "批准销毁"], en: ["approve destruction"] },
  refuse: { zh: ["不同意销毁", "拒绝销毁"], en: ["refuse destruction"] },
} as const;

export const archiveCommandText = (
  word: keyof typeof archiveCommandWords,
  locale: "zh" | "en",
  ...rest: string[]
) => commandTextFrom(archiveCommandWords, word, locale, ...rest);
