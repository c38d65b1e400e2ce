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
  for (const lexicon of lexicons) {
    for (const word of normalizedWords(lexicon)) {
      let from = 0;
      for (;;) {
        const at = norm.indexOf(word, from);
        if (at < 0) break;
        if (hitAt(norm, word, at)) found.push({ concept: lexicon.id, word, at });
        from = at + 1;
      }
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

const normalized = new WeakMap<ConceptLexicon, string[]>();

function normalizedWords(lexicon: ConceptLexicon): string[] {
  let words = normalized.get(lexicon);
  if (!words) {
    words = lexicon.words.map(normalizeText).filter(Boolean);
    normalized.set(lexicon, words);
  }
  return words;
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
