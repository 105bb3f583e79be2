// The notes' text for full-text search, and their words, read on first need and kept. Words are
// compared by their Porter stems.
import { stemmer } from 'stemmer';
import type { Concept } from '../model';
import { NOTE_FIELDS, TIP } from './noteText';
import { lowerOf, ranges, within, WordTable } from './noteTokens';

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

const [NAMES, SUMMARY, TIPS, BODY] = NOTE_FIELDS.map((_, f) => f);

/** The occurrences of the words that start with a key, in note order, and those words in sorted order. */
export interface Bucket {
  /** Per occurrence: the word, the note, and the position in the note's text × 4 + the field. */
  readonly ids: Int32Array;
  readonly notes: Int32Array;
  readonly at: Int32Array;
  /** The distinct words, sorted, and their numbers. */
  readonly words: readonly string[];
  readonly wordIds: Int32Array;
}

/**
 * The notes' searchable text: each note's names, summary and body (with its exam tips) as the
 * note has them; nothing is copied or lower-cased ahead. A query word's matches are found in the
 * bucket of the words that start with its first two letters: found with indexOf for the two in
 * lower case, capitalised and in capitals in every note, numbered in a word table as they are read, and kept, so that a
 * keystroke reads no text again. A note's positions run through its names, summary and body.
 */
export class NotesText {
  /** Per note and field, its length in characters relative to the field's average. */
  readonly relativeLength: Float64Array;
  readonly table = new WordTable(isStop, fold);
  /** Per note, its body's exam tips and links' targets as sorted [start, end) pairs, where it has any. */
  private readonly tips: (Int32Array | undefined)[];
  private readonly links: (Int32Array | undefined)[];
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly concepts: readonly Concept[]) {
    const F = NOTE_FIELDS.length;
    const n = concepts.length;
    const lengths = new Float64Array(n * F);
    this.tips = new Array<Int32Array | undefined>(n);
    this.links = new Array<Int32Array | undefined>(n);
    for (let d = 0; d < n; d++) {
      const { title, aliases, summary, body } = concepts[d];
      let names = title.length + 1;
      for (let k = 0; k < aliases.length; k++) names += aliases[k].length + 1;
      lengths[d * F + NAMES] = names;
      lengths[d * F + SUMMARY] = summary.length + 1;
      lengths[d * F + BODY] = body.length + 1;
      if (body.includes('xam tip')) {
        const tips = (this.tips[d] = ranges(body, TIP));
        // A tip's characters count for the tips field rather than the body.
        for (let k = 0; k < tips.length; k += 2) {
          lengths[d * F + TIPS] += tips[k + 1] - tips[k] + 1;
          lengths[d * F + BODY] -= tips[k + 1] - tips[k];
        }
      }
      if (body.includes('](')) this.links[d] = ranges(body, LINK_TARGET);
    }
    const totals = new Float64Array(F);
    lengths.forEach((l, i) => (totals[i % F] += l));
    this.relativeLength = lengths.map((l, i) => l / Math.max(1e-9, totals[i % F] / Math.max(1, n)));
  }

  /** The bucket of the words that start with a key (a word's first two letters, or its one, in lower case). */
  bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = this.read(key)));
    return bucket;
  }

  private read(start: string): Bucket {
    const { table } = this;
    const ids: number[] = [];
    const notes: number[] = [];
    const at: number[] = [];
    // As written in lower case, capitalised, and in capitals.
    const upper = start.toUpperCase();
    const capital = upper[0] + start.slice(1);
    const cases = [...new Set([start, capital, upper])].filter(k => k.length === start.length);
    let d = 0;
    let base = 0;
    // Reads one field: the words of text that start with the key, at positions from base.
    const read = (text: string, field: number, skip?: Int32Array, tips?: Int32Array) => {
      for (const key of cases) {
        for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
          if ((i > 0 && lowerOf(text.charCodeAt(i - 1)) >= 0) || (skip && within(skip, i))) continue;
          const id = table.read(text, i);
          if (!table.skipped[id]) {
            ids.push(id);
            notes.push(d);
            at.push((base + i) * 4 + (tips && within(tips, i) ? TIPS : field));
          }
          i = table.end;
        }
      }
      base += text.length + 1;
    };
    for (; d < this.concepts.length; d++) {
      const { title, aliases, summary, body } = this.concepts[d];
      base = 0;
      read(title, NAMES);
      for (let k = 0; k < aliases.length; k++) read(aliases[k], NAMES);
      read(summary, SUMMARY);
      read(body, BODY, this.links[d], this.tips[d]);
    }
    const wordIds = Int32Array.from(new Set(ids)).sort((a, b) => (table.words[a] < table.words[b] ? -1 : 1));
    return {
      ids: Int32Array.from(ids),
      notes: Int32Array.from(notes),
      at: Int32Array.from(at),
      words: Array.from(wordIds, id => table.words[id]),
      wordIds,
    };
  }
}

/** A link's target, not read as words. */
const LINK_TARGET = /\]\([^)\n]*\)/g;
