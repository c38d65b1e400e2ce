/** Longest message the engine reads; longer ones get a polite note and change nothing. */
export const maxMessageLength = 4000;

/**
 * Cleans what a user typed: control characters (except new lines and tabs) are dropped, full-width colons and
 * spaces kept as they are, surrounding space trimmed.
 */
export function cleanText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => (c === "\n" || c === "\t" ? c : "")).trim();
}

/** True when the text has no letters, digits or CJK at all (only emoji, punctuation, symbols). */
export function hasNoWords(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
