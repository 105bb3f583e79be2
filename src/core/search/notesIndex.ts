// The notes' text for full-text search, and their words, read on first need and kept. Words are
// compared by their Porter stems.
import { stemmer } from 'stemmer';
import type { Concept } from '../model';
import { WordTable } from './noteTokens';
import { WordSequence, type Occurrences } from './wordSequence';

/** Words too common to say anything about a note, dropped from queries. */
export const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can cannot could did do does doing done during each etc every for from further get gets getting ' +
    'got had has have having he her here hers him his how i if in into is it its itself just let lets me mean means ' +
    'meant more most much my myself need needs no nor not of on once only or other our ours own really same she ' +
    'should so some something such than that the their theirs them then there these they this those through thus ' +
    'to under until upon us use used uses using very via was way we were what whats when where whether which while ' +
    'who whom whose why will with within would yes yet you your yours'
  ).split(' '),
);

/** A query's words: lower case, without diacritics or possessive 's, split at everything else. */
export function words(text: string): string[] {
  return fold(text).replace(APOSTROPHE_S, '').split(OTHER).filter(Boolean);
}

/** Lower case without diacritics (only letters that may carry them are decomposed). */
export function fold(text: string): string {
  const s = text.toLowerCase();
  return MAY_DECOMPOSE.test(s) ? s.normalize('NFD').replace(MARKS, '') : s;
}
/** Latin, Greek and Cyrillic letters with diacritics, and combining marks; not dashes or arrows. */
const MAY_DECOMPOSE = /[\u00c0-\u1fff]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHE_S = /['’]s\b/g;
const OTHER = /[^\p{L}\p{N}]+/u;

/** Whether a word is not searched: a stop word, or a single letter. */
function isStop(word: string): boolean {
  return (word.length < 2 && !(word >= '0' && word <= '9')) || STOP_WORDS.has(word);
}

/** Reduces words to their stems ('' for a stop word or a single letter), remembering each. */
export class Stems {
  private readonly memo = new Map<string, string>();
  term(word: string): string {
    let t = this.memo.get(word);
    if (t === undefined) {
      t = isStop(word) ? '' : stemmer(word);
      this.memo.set(word, t);
    }
    return t;
  }
}

/** How much an occurrence in each field counts: names, summary, exam tips, body. */
export const FIELD_BOOST = [2, 2, 1.5, 1];

/** The occurrences of the words that start with a key, in note order, and those words in sorted order. */
export interface Bucket extends Occurrences {
  /** The distinct words, sorted, and their numbers. */
  readonly words: readonly string[];
  readonly wordIds: Int32Array;
}

/**
 * The notes' searchable text: each note's names, summary and body (with its exam tips) as the
 * note has them; nothing is copied or lower-cased ahead. On first need every word of every note
 * is read once into a word sequence; a query's words are then found in the buckets of their
 * first two letters (without diacritics), each gathered by one scan of that sequence when first
 * needed, and kept, so that no keystroke reads text. A note's positions count its words.
 */
export class NotesText {
  readonly table = new WordTable(isStop, fold);
  private readonly sequence: WordSequence;
  private readonly buckets = new Map<string, Bucket>();
  private lengths?: Float64Array;

  constructor(concepts: readonly Concept[]) {
    this.sequence = new WordSequence(concepts, this.table);
  }

  /** Per note and field, its length in characters relative to the field's average (every note is read first). */
  get relativeLength(): Float64Array {
    return (this.lengths ??= this.sequence.relativeLengths());
  }

  /** Reads up to `count` more notes' words ahead of the first search; true when all are read. */
  prepare(count: number): boolean {
    return this.sequence.prepare(count);
  }

  /** The bucket of the words that start with a key (a word's first two letters, or its one, in lower case). */
  bucket(key: string): Bucket {
    return this.buckets.get(key) ?? this.need([key]).get(key)!;
  }

  /** Makes the buckets of these keys, those not made yet, in one scan of the notes' words. */
  need(keys: readonly string[]): Map<string, Bucket> {
    const missing = [...new Set(keys)].filter(k => k && !this.buckets.has(k));
    // A key of one letter takes the words of keys of two that start with it: each gets its own scan.
    if (missing.some(k => k.length < 2) && missing.length > 1) {
      for (const key of missing) this.need([key]);
    } else if (missing.length) {
      this.sequence.prepare(Infinity);
      const { words, skipped } = this.table;
      const want = new Int32Array(words.length);
      const wordsOf = missing.map(() => [] as number[]);
      for (let id = 0; id < words.length; id++) {
        if (skipped[id]) continue;
        const k = missing.findIndex(key => words[id].startsWith(key));
        if (k < 0) continue;
        want[id] = k + 1;
        wordsOf[k].push(id);
      }
      const found = this.sequence.gather(want, missing.length);
      missing.forEach((key, k) => {
        const wordIds = Int32Array.from(wordsOf[k]).sort((a, b) => (words[a] < words[b] ? -1 : 1));
        this.buckets.set(key, { ...found[k], words: Array.from(wordIds, id => words[id]), wordIds });
      });
    }
    return this.buckets;
  }
}
