// The words of the concept forms: their dictionary, where each occurs, and which of them a query word
// matches and at what cost.
import { editDistance, isSubsequence, letterMask, popcount, singulars, stem } from './words';

// What a query word costs against a form word (1 would be no match at all).
const PREFIX_COST = 0.03;
const SINGULAR_COST = 0.02;
const STEM_COST = 0.05;
const TYPO_COST = 0.1;
/** One typo is common; two in one word are weaker evidence. */
const typoCost = (edits: number) => (edits <= 1 ? TYPO_COST * edits : 0.3 * edits - 0.2);
const TYPO_PREFIX_COST = 0.2;
/** Edits a query word may have to still match a form word: none up to 3 letters, then one, then two. */
const allowedEdits = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : 2);
/** Form word positions kept in a posting (a word's position past this counts as this). */
export const POSITIONS = 16;

/** The distinct words of all forms, for matching query words. */
export interface Dictionary {
  readonly words: readonly string[];
  readonly masks: Int32Array;
  readonly ids: ReadonlyMap<string, number>;
  /** Per word, its occurrences: each form × POSITIONS + position in the form. */
  readonly postings: readonly Int32Array[];
}

/** The dictionary words that query word w matches and at what cost, as [id, cost, …]. */
export function dictionaryMatches(dictionary: Dictionary, w: string, last: boolean): Float64Array {
  const { words, masks, ids } = dictionary;
  const out: number[] = [];
  const hit = (id: number, cost: number) => {
    out.push(id, cost);
  };
  const exact = ids.get(w) ?? -1;
  if (exact >= 0) hit(exact, 0);
  for (const s of singulars(w)) {
    const id = ids.get(s);
    if (id !== undefined) hit(id, SINGULAR_COST);
  }
  const n = w.length;
  const stemmed = stem(w);
  const byStem = stemmed !== w || n >= 4;
  const canPrefix = last || n >= 3;
  const max = allowedEdits(n);
  const single = n >= 5 && w.endsWith('s') ? w.slice(0, -1) : undefined;
  const mask = letterMask(w);
  for (let id = 0; id < words.length; id++) {
    if (id === exact) continue;
    const d = words[id];
    if (d.length > n && canPrefix && d.startsWith(w)) {
      hit(id, PREFIX_COST + 0.1 * (1 - n / d.length));
      continue;
    }
    if (byStem && d.startsWith(stemmed) && stem(d) === stemmed) {
      hit(id, STEM_COST);
      continue;
    }
    if (max === 0) {
      // Short words: only a dropped letter (fw → few).
      if (n >= 2 && d.length === n + 1 && d.charCodeAt(0) === w.charCodeAt(0) && isSubsequence(w, d))
        hit(id, TYPO_COST);
      continue;
    }
    if (popcount(mask & ~masks[id]) > max) continue;
    let cost = Infinity;
    if (Math.abs(d.length - n) <= max) {
      const e = editDistance(w, d, max);
      if (e <= max) cost = typoCost(e) + 0.02 * Math.abs(d.length - n);
    }
    if (single && cost > TYPO_COST && Math.abs(d.length - n + 1) <= max) {
      const e = editDistance(single, d, max);
      if (e <= max) cost = Math.min(cost, typoCost(e) + SINGULAR_COST);
    }
    if (cost === Infinity && last && d.length > n) {
      const e = editDistance(w, d, 1, true);
      if (e <= 1) cost = TYPO_PREFIX_COST + 0.1 * (1 - n / d.length);
    }
    if (cost !== Infinity) hit(id, cost);
  }
  return Float64Array.from(out);
}

/** The distinct words of all forms, and where each occurs, read in one pass over the forms. */
export function buildDictionary(keys: readonly string[]): Dictionary {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const lists: number[][] = [];
  for (let f = 0; f < keys.length; f++) {
    const formWords = keys[f].split(' ');
    for (let p = 0; p < formWords.length; p++) {
      const word = formWords[p];
      if (!word) continue;
      let id = ids.get(word);
      if (id === undefined) {
        ids.set(word, (id = words.length));
        words.push(word);
        lists.push([]);
      }
      lists[id].push(f * POSITIONS + Math.min(p, POSITIONS - 1));
    }
  }
  return { words, ids, masks: Int32Array.from(words, letterMask), postings: lists.map(l => Int32Array.from(l)) };
}

/** A one-letter query before the dictionary exists: the form words starting with it, read off the forms. */
export function scanForms(
  keys: readonly string[],
  w: string,
  found: (form: number, position: number, cost: number) => void,
) {
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f];
    for (let start = 0, position = 0; start < key.length; position++) {
      let end = key.indexOf(' ', start);
      if (end < 0) end = key.length;
      if (key.startsWith(w, start))
        found(
          f,
          Math.min(position, POSITIONS - 1),
          end - start === w.length ? 0 : PREFIX_COST + 0.1 * (1 - w.length / (end - start)),
        );
      start = end + 1;
    }
  }
}
