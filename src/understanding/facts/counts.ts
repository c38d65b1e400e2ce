import { CHINESE_NUMERAL_CHARS, parseCount } from "../parsers/numbers.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A count stated with one of its units anywhere in a message: "8个人", "约120人", "十来个人", "一百五十份",
 * "15 copies". A bare number ("A301", "3点") is never a count.
 *
 * ```ts
 * countWithUnit("明天十来个人开个会", ["人"]) // 10
 * ```
 */
export function countWithUnit(text: string, units: readonly string[]): number | undefined {
  const s = text.normalize("NFKC");
  const lower = s.toLowerCase();
  for (const unit of units) {
    const u = unit.toLowerCase();
    const adjacent = new RegExp(
      `(?:\\d|[${CHINESE_NUMERAL_CHARS}]|\\b[a-z]+)\\s*(?:多|几|余|来)?\\s*(?:个|位|名)?\\s*${escapeRegExp(u)}$`,
      "i",
    );
    for (let at = lower.indexOf(u); at >= 0; at = lower.indexOf(u, at + 1)) {
      const window = s.slice(Math.max(0, at - 12), at + u.length);
      if (!adjacent.test(window)) continue;
      const result = parseCount(window, { unitWords: [unit], max: 100_000 });
      if (result?.ok) return result.value;
    }
  }
  return undefined;
}
