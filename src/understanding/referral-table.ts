import type { IntentClass } from "./intent-classifier.js";

/** Another department, the topics it handles and how to reach it (the directory's referral table). */
export interface Referral {
  id: string;
  department: { zh: string; en: string };
  topics: readonly string[];
  contact: { zh: string; en: string };
  /** What people say when they bring one of its topics here. */
  examples: readonly string[];
}

/** Class ids of referrals carry this prefix, so they never clash with a flow's id. */
export const referralPrefix = "refer:";

// A topic alone is a short example; these frames make it read like a question someone would ask.
const frames = ["{}怎么办", "{}找谁", "问一下{}的事", "{}的问题去哪里问", "who handles {}", "how do I {}"];

/** The referral table as classes of the intent model: each department is one out-of-scope class. */
export function referralClasses(referrals: readonly Referral[]): IntentClass[] {
  return referrals.map((r) => ({
    id: `${referralPrefix}${r.id}`,
    words: r.topics,
    examples: [
      ...r.examples,
      ...r.topics.flatMap((topic) =>
        frames.filter((f) => /[a-z]/i.test(topic) === /^[a-z]/i.test(f)).map((f) => f.replace("{}", topic)),
      ),
    ],
  }));
}

/** The referral a class id names, if it is one. */
export function referralFor(id: string, referrals: readonly Referral[]): Referral | undefined {
  if (!id.startsWith(referralPrefix)) return undefined;
  return referrals.find((r) => `${referralPrefix}${r.id}` === id);
}
