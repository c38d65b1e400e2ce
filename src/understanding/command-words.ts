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
