const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text after a leading command word (the longest that fits), or undefined when there is none. */
export function afterCommandWord(text: string, words: readonly string[]): string | undefined {
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const pattern = `^${escapeRegExp(word).replace(/ /g, "\\s+")}(?=\\s|$|[^A-Za-z])\\s*`;
    const match = new RegExp(pattern, "i").exec(text);
    if (match) return text.slice(match[0].length);
  }
  return undefined;
}

/** A service's command words: for each command, its words per language, the first of each the one shown. */
export type CommandWordTable = Record<string, Readonly<Record<"zh" | "en", readonly string[]>>>;

/**
 * A command as a user would type it, from a service's word table:
 * `commandTextFrom(words, "sign", "zh", "综合办-20261127-003")` → "签收 综合办-20261127-003".
 */
export function commandTextFrom<T extends CommandWordTable>(
  table: T,
  word: keyof T,
  locale: "zh" | "en",
  ...rest: string[]
): string {
  return [table[word]![locale][0], ...rest].filter(Boolean).join(" ");
}

/** Every word of one command in a service's word table, both languages. */
export function wordsFrom<T extends CommandWordTable>(table: T, word: keyof T): readonly string[] {
  return [...table[word]!.zh, ...table[word]!.en];
}
