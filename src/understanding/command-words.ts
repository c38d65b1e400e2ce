const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern per word list, built once: parsers ask about the same few dozen lists on every message. */
const patterns = new Map<string, RegExp>();
const patternsByList = new WeakMap<readonly string[], RegExp>();

function patternOf(words: readonly string[]): RegExp {
  const known = patternsByList.get(words);
  if (known) return known;
  const key = words.join("\n");
  let pattern = patterns.get(key);
  if (!pattern) {
    // Longest first, so the longest word that fits is the one taken.
    const alternatives = [...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/ /g, "\\s+"));
    pattern = new RegExp(`^(?:${alternatives.join("|")})(?=\\s|$|[^A-Za-z])\\s*`, "i");
    patterns.set(key, pattern);
  }
  patternsByList.set(words, pattern);
  return pattern;
}

/** The text after a leading command word (the longest that fits), or undefined when there is none. */
export function afterCommandWord(text: string, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const match = patternOf(words).exec(text);
  return match ? text.slice(match[0].length) : undefined;
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

// The same array for the same command every time, so its pattern is found by identity.
const wordLists = new WeakMap<CommandWordTable, Map<string, readonly string[]>>();

/** Every word of one command in a service's word table, both languages. */
export function wordsFrom<T extends CommandWordTable>(table: T, word: keyof T): readonly string[] {
  let lists = wordLists.get(table);
  if (!lists) {
    lists = new Map();
    wordLists.set(table, lists);
  }
  let words = lists.get(word as string);
  if (!words) {
    words = [...table[word]!.zh, ...table[word]!.en];
    lists.set(word as string, words);
  }
  return words;
}
