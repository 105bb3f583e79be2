// The notes' text for full-text search, and their words, read on first need and kept. Words are
// compared by their Porter stems.
import { stemmer } from 'stemmer';
import type { Concept } from '../model';
import { WordTable } from './noteTokens';
import { NoteLayout } from './noteLayout';
import { scanText } from './textScan';
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
 * note has them; nothing is copied or lower-cased ahead. A query's words are found in the buckets
 * of their first two letters (without diacritics), each made when first needed and kept, so that
 * a keystroke reads no text again. The first buckets are found straight in the text; after them,
 * every word of every note is read once into a word sequence (unless `prepare` has read it
 * ahead), and further buckets are gathered by one scan of it. A note's positions count its characters.
 */
export class NotesText {
  readonly table = new WordTable(isStop, fold);
  private readonly layout: NoteLayout;
  private words?: WordSequence;
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly concepts: readonly Concept[]) {
    this.layout = new NoteLayout(concepts);
  }

  /** The word sequence, made when first needed. */
  private get sequence(): WordSequence {
    return (this.words ??= new WordSequence(this.concepts, this.table, this.layout));
  }

  /** Per note and field, its length in characters relative to the field's average. */
  get relativeLength(): Float64Array {
    return this.layout.relativeLengths();
  }

  /** Reads up to `count` more notes' words ahead of searches; true when all are read. */
  prepare(count: number): boolean {
    return this.sequence.prepare(count);
  }

  /** The bucket of the words that start with a key (a word's first two letters, or its one, in lower case). */
  bucket(key: string): Bucket {
    return this.buckets.get(key) ?? this.need([key]).get(key)!;
  }

  /** Makes the buckets of these keys, those not made yet: all at once, by one reading of the notes. */
  need(keys: readonly string[]): Map<string, Bucket> {
    const missing = [...new Set(keys)].filter(k => k && !this.buckets.has(k));
    if (!missing.length) return this.buckets;
    const { words, skipped } = this.table;
    let found: (Occurrences & { wordIds: Int32Array })[];
    if (!this.buckets.size && !this.words?.complete) {
      found = scanText(this.concepts, this.table, this.layout, missing);
    } else if (missing.some(k => k.length < 2) && missing.length > 1) {
      // A key of one letter takes the words of keys of two that start with it: each gets its own scan.
      for (const key of missing) this.need([key]);
      return this.buckets;
    } else {
      this.sequence.prepare(Infinity);
      const want = new Int32Array(words.length);
      const wordsOf = missing.map(() => [] as number[]);
      for (let id = 0; id < words.length; id++) {
        const k = skipped[id] ? -1 : missing.findIndex(key => words[id].startsWith(key));
        if (k < 0) continue;
        want[id] = k + 1;
        wordsOf[k].push(id);
      }
      found = this.sequence
        .gather(want, missing.length)
        .map((o, k) => ({ ...o, wordIds: Int32Array.from(wordsOf[k]) }));
    }
    missing.forEach((key, k) => {
      const wordIds = found[k].wordIds.sort((a, b) => (words[a] < words[b] ? -1 : 1));
      this.buckets.set(key, { ...found[k], words: Array.from(wordIds, id => words[id]), wordIds });
    });
    return this.buckets;
  }
}
