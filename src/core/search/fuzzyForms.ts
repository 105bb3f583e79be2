// The look-up's fuzzy fallback for names that no word matches well: fuse.js ranks the forms
// closest to the query in character trigrams.
import Fuse from 'fuse.js';

/** The forms as the lines of one string, the form of each of its characters, and scratch counts. */
export interface FormLines {
  text: string;
  formOf: Int32Array;
  counts: Uint16Array;
  seen: Int32Array;
}

/** The candidates: forms sharing this share of the query's character trigrams, at most so many. */
const CANDIDATE_SHARE = 1 / 5;
const MAX_CANDIDATES = 300;
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.5 } as const;

/**
 * The fallback for queries whose words match nothing well ("gnrtve adversrial ntwork"): fuse.js
 * ranks the forms most similar to q in character trigrams, each with its fuse.js score.
 */
export function fuzzyMatches(
  lines: FormLines,
  keys: readonly string[],
  q: string,
  found: (form: number, score: number) => void,
) {
  const candidates: [number, number][] = [];
  trigramMatches(lines, keys, q, (f, similarity) => candidates.push([f, similarity]));
  candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const forms = candidates.slice(0, MAX_CANDIDATES).map(c => c[0]);
  for (const r of new Fuse(
    forms.map(f => keys[f]),
    FUSE_OPTIONS,
  ).search(q))
    found(forms[r.refIndex], r.score ?? 1);
}

/**
 * Every form sharing at least CANDIDATE_SHARE of q's character trigrams, with its Dice
 * similarity to q (shared trigrams over both counts). The trigrams are found with indexOf over
 * the forms' text, so there is no index to build.
 */
function trigramMatches(
  lines: FormLines,
  keys: readonly string[],
  q: string,
  found: (form: number, similarity: number) => void,
) {
  const { text, formOf, counts, seen } = lines;
  const padded = `\n${q}\n`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  const touched: number[] = [];
  let g = 0;
  for (const gram of grams) {
    // A gram starting with the line break belongs to the form after it.
    const shift = gram.charCodeAt(0) === 10 ? 1 : 0;
    for (let at = text.indexOf(gram); at >= 0; at = text.indexOf(gram, at + 1)) {
      const f = formOf[at + shift];
      if (seen[f] === g) continue;
      seen[f] = g;
      if (counts[f]++ === 0) touched.push(f);
    }
    g++;
  }
  const min = Math.max(1, Math.floor(grams.size * CANDIDATE_SHARE));
  for (const f of touched) {
    if (counts[f] >= min) found(f, (2 * counts[f]) / (grams.size + keys[f].length));
    counts[f] = 0;
    seen[f] = -1;
  }
}
