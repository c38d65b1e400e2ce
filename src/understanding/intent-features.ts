import { type ConceptLexicon, conceptsIn } from "./concept-lexicon.js";
import { containsWord, normalizeText } from "./text-normalize.js";

/** A class's own words ("报修", "repair"): a hit is one strong feature, on top of the n-grams. */
export interface ClassWords {
  id: string;
  /** Already normalised (see `normalizeText`). */
  words: readonly string[];
}

export interface FeatureOptions {
  lexicons: readonly ConceptLexicon[];
  classWords: readonly ClassWords[];
}

/**
 * The features of one message: character 1–3-grams (digits folded to "0", so "A301" and "B204" look alike),
 * English words, concept hits ("c:symptom") and class-word hits ("w:repair"), with their counts.
 */
export function messageFeatures(text: string, options: FeatureOptions): Map<string, number> {
  const norm = normalizeText(text);
  const folded = norm.replace(/[0-9]+/g, "0");
  const features = new Map<string, number>();
  const add = (key: string, by = 1) => features.set(key, (features.get(key) ?? 0) + by);
  const chars = [...` ${folded} `];
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join("");
      if (gram.trim() === "") continue;
      add(`g:${gram}`);
    }
  }
  for (const word of folded.match(/[a-z]+/g) ?? []) add(`e:${stem(word)}`);
  const concepts = conceptsIn(norm, options.lexicons).sort();
  for (const concept of concepts) add(`c:${concept}`, 2);
  // Pairs say more than either alone: equipment + symptom is a fault wherever it is said.
  for (let i = 0; i < concepts.length; i++)
    for (let j = i + 1; j < concepts.length; j++) add(`c:${concepts[i]}+${concepts[j]}`, 2);
  for (const cls of options.classWords) {
    if (cls.words.some((w) => containsWord(norm, w))) add(`w:${cls.id}`, 2);
  }
  return features;
}

/** "books" → "book", "printing" → "print": enough folding for a bag of English words. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}
