/**
 * The form every matcher in this folder reads: NFKC (full-width letters, digits and brackets become ASCII),
 * lower case, runs of white space as one space.
 *
 * ```ts
 * normalizeText("Ａ３０１ 的投影仪") // "a301 的投影仪"
 * ```
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Whether a character is a CJK ideograph (the unit Chinese n-grams are made of). */
export function isHan(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

const latin = /[a-z]/;

/** Whether `word` found at `at` in `norm` is a real hit: English words must stand alone ("room" not in "classroom"; a plural "rooms" is fine). */
export function hitAt(norm: string, word: string, at: number): boolean {
  if (!latin.test(word)) return true;
  const before = norm[at - 1] ?? " ";
  let end = at + word.length;
  if (norm[end] === "s") end++;
  const after = norm[end] ?? " ";
  return !(latin.test(word[0]!) && latin.test(before)) && !(latin.test(word.at(-1)!) && latin.test(after));
}

/** Whether a normalised message contains a normalised word (English words only as whole words). */
export function containsWord(norm: string, word: string): boolean {
  if (word === "") return false;
  for (let at = norm.indexOf(word); at >= 0; at = norm.indexOf(word, at + 1)) {
    if (hitAt(norm, word, at)) return true;
  }
  return false;
}
