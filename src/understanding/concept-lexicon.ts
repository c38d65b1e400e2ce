import { hitAt, normalizeText } from "./text-normalize.js";

/** A named set of short words ("symptom": 坏, 漏, 不亮…); a hit is a feature and a fact for the extractors. */
export interface ConceptLexicon {
  id: string;
  words: readonly string[];
}

export interface ConceptHit {
  concept: string;
  word: string;
  at: number;
}

/**
 * Every lexicon word in a message, longest first and never overlapping, so "办公文具" is stationery and not
 * "公文" (a document).
 */
export function conceptHits(text: string, lexicons: readonly ConceptLexicon[]): ConceptHit[] {
  const norm = normalizeText(text);
  const found: ConceptHit[] = [];
  // One pass over the message, trying at each place only the words that begin with its character, rather than
  // a search of the whole message for each of a few hundred words.
  for (let at = 0; at < norm.length; at++) {
    for (const lexicon of lexicons) {
      const words = wordsByFirst(lexicon).get(norm[at]!);
      if (!words) continue;
      for (const word of words)
        if (norm.startsWith(word, at) && hitAt(norm, word, at)) found.push({ concept: lexicon.id, word, at });
    }
  }
  found.sort((a, b) => b.word.length - a.word.length || a.at - b.at);
  const taken = new Array<boolean>(norm.length).fill(false);
  const kept: ConceptHit[] = [];
  for (const hit of found) {
    let free = true;
    for (let i = hit.at; i < hit.at + hit.word.length; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = hit.at; i < hit.at + hit.word.length; i++) taken[i] = true;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.at - b.at);
}

const indexed = new WeakMap<ConceptLexicon, Map<string, string[]>>();

/** A lexicon's words, normalised, by their first character. */
function wordsByFirst(lexicon: ConceptLexicon): Map<string, string[]> {
  let index = indexed.get(lexicon);
  if (!index) {
    index = new Map();
    for (const word of lexicon.words.map(normalizeText).filter(Boolean)) {
      const same = index.get(word[0]!);
      if (same) same.push(word);
      else index.set(word[0]!, [word]);
    }
    indexed.set(lexicon, index);
  }
  return index;
}

/** The concepts a message mentions, once each. */
export function conceptsIn(text: string, lexicons: readonly ConceptLexicon[]): string[] {
  return [...new Set(conceptHits(text, lexicons).map((h) => h.concept))];
}

/** Words written as one "、"-separated string, the way a word list reads on paper: `wordList("粉笔、板擦、chalk")`. */
export function wordList(words: string): string[] {
  return words
    .split("、")
    .map((w) => w.trim())
    .filter(Boolean);
}
