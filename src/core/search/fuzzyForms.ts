// The look-up's fuzzy fallback for names that no word matches well: fuse.js ranks the forms
// closest to the query in character trigrams, as written and as consonants.
import Fuse from 'fuse.js';
import { Recent } from './recent';

/**
 * The forms as the lines of one string, the form of each of its characters, scratch counts, and
 * the forms that have each trigram looked for lately (a keystroke adds a trigram or two).
 */
export interface FormLines {
  text: string;
  formOf: Int32Array;
  counts: Uint16Array;
  grams: Recent<string, Int32Array>;
}

/** Trigrams whose forms are kept, the most recently used. */
const GRAMS_KEPT = 4000;

/** The candidates: forms sharing this share of the query's character trigrams, at most so many. */
const CANDIDATE_SHARE = 1 / 5;
const MAX_CANDIDATES = 150;
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.5 } as const;
/** Added to a fuse.js score of the consonant skeletons. */
const SKELETON_PENALTY = 0.05;

/** The forms as the lines of one string, with the form of each character. */
export function formLines(keys: readonly string[]): FormLines {
  const text = `\n${keys.join('\n')}\n`;
  const formOf = new Int32Array(text.length);
  for (let f = 0, at = 0; f < keys.length; f++) {
    const end = at + keys[f].length + 1;
    formOf.fill(f, at, end);
    at = end;
  }
  return { text, formOf, counts: new Uint16Array(keys.length), grams: new Recent(GRAMS_KEPT) };
}

/**
 * A name as its consonants: each word's first letter, then its letters other than vowels, a
 * doubled letter once ("classification" → "clsfctn", "amazon" → "amzn"). Garbled names mostly
 * lose vowels and doubled letters, which this drops from both sides.
 */
export function skeleton(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    const start = i === 0 || key[i - 1] === ' ';
    if ((start || !VOWEL.test(c)) && c !== out[out.length - 1]) out += c;
  }
  return out;
}
const VOWEL = /[aeiouy]/;

/**
 * The fallback for queries whose words match nothing well ("gnrtve adversrial ntwork"): the
 * candidates are the forms most similar to the query in character trigrams, as written and as
 * consonant skeletons; fuse.js ranks them, both ways, and a form keeps its better score (the
 * skeleton's a little worse, for what it leaves out).
 */
export class FuzzyForms {
  private skeletons?: { keys: string[]; lines: FormLines };

  constructor(
    private readonly lines: FormLines,
    private readonly keys: readonly string[],
  ) {}

  matches(q: string, found: (form: number, score: number) => void) {
    const s = (this.skeletons ??= this.skeletonLines());
    const qs = skeleton(q);
    const similarity = new Map<number, number>();
    const offer = (f: number, x: number) => similarity.set(f, Math.max(similarity.get(f) ?? 0, x));
    trigramMatches(this.lines, this.keys, q, offer);
    trigramMatches(s.lines, s.keys, qs, offer);
    const forms = [...similarity]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(c => c[0]);
    const scores = new Map<number, number>();
    const rank = (list: readonly string[], query: string, penalty: number) => {
      for (const r of new Fuse(
        forms.map(f => list[f]),
        FUSE_OPTIONS,
      ).search(query)) {
        const f = forms[r.refIndex];
        const score = (r.score ?? 1) + penalty;
        if (score < (scores.get(f) ?? Infinity)) scores.set(f, score);
      }
    };
    rank(this.keys, q, 0);
    rank(s.keys, qs, SKELETON_PENALTY);
    for (const [f, score] of scores) found(f, Math.min(1, score));
  }

  private skeletonLines() {
    const keys = this.keys.map(skeleton);
    return { keys, lines: formLines(keys) };
  }
}

/**
 * Every form sharing at least CANDIDATE_SHARE of q's character trigrams, with its Dice
 * similarity to q (shared trigrams over both counts). A trigram's forms are found with indexOf
 * over the forms' text when first looked for, and kept: there is no index to build ahead.
 */
function trigramMatches(
  lines: FormLines,
  keys: readonly string[],
  q: string,
  found: (form: number, similarity: number) => void,
) {
  const { counts } = lines;
  const padded = `\n${q}\n`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  const touched: number[] = [];
  for (const gram of grams) {
    let forms = lines.grams.get(gram);
    if (!forms) lines.grams.set(gram, (forms = formsWith(lines, gram)));
    for (let k = 0; k < forms.length; k++) if (counts[forms[k]]++ === 0) touched.push(forms[k]);
  }
  const min = Math.max(1, Math.floor(grams.size * CANDIDATE_SHARE));
  for (const f of touched) {
    if (counts[f] >= min) found(f, (2 * counts[f]) / (grams.size + keys[f].length));
    counts[f] = 0;
  }
}

/** The forms that have a trigram, each once, in order: found with indexOf over the forms' text. */
function formsWith({ text, formOf }: FormLines, gram: string): Int32Array {
  // A gram starting with the line break belongs to the form after it.
  const shift = gram.charCodeAt(0) === 10 ? 1 : 0;
  const out: number[] = [];
  for (let at = text.indexOf(gram); at >= 0; at = text.indexOf(gram, at + 1)) {
    const f = formOf[at + shift];
    if (out[out.length - 1] !== f) out.push(f);
  }
  return Int32Array.from(out);
}
