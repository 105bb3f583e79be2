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

/** Notes' text is kept in strings of about this many characters (the young-generation GC copies no large strings). */
const CHUNK_CHARS = 1 << 18;
const [NAMES, SUMMARY, TIPS, BODY] = NOTE_FIELDS.map((_, f) => f);
/** A word's occurrences are found with those of every word that starts with the same KEY letters. */
export const KEY = 1;

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
 * The notes' searchable text, in lower case: each note's names, summary and body on lines of
 * their own, many notes to a string, so that building it is a few calls of native string
 * functions per string (join, lower case, the exam tips' and links' regular expressions) and
 * little per note. The words are read when a query needs them: all the words that start with
 * the query word's first KEY letters, found with indexOf, numbered in a word table and kept as
 * a bucket of occurrences.
 */
export class NotesText {
  readonly chunks: string[] = [];
  /** Per note: its chunk, its start in it, and where its names, summary and body end. */
  readonly chunkOf: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per note and field, its length in characters relative to the field's average. */
  readonly relativeLength: Float64Array;
  readonly table = new WordTable(isStop);
  /** Per chunk, its exam tips and its links' targets as sorted [start, end) pairs. */
  private readonly tips: Int32Array[] = [];
  private readonly links: Int32Array[] = [];
  private readonly buckets = new Map<string, Bucket>();

  constructor(concepts: readonly Concept[]) {
    const F = NOTE_FIELDS.length;
    const n = concepts.length;
    this.chunkOf = new Int32Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n * 3);
    const lengths = new Float64Array(n * F);
    for (let d = 0; d < n;) {
      const first = d;
      const parts: string[] = [];
      for (let at = 0; d < n && at < CHUNK_CHARS; d++) {
        const { title, aliases, summary, body } = concepts[d];
        // Lower case per note: most are one byte a character, which is fast, and a chunk stays
        // so unless a note is not; such a note has a chunk of its own.
        let text = lowerInPlace(
          aliases.length ? [title, ...aliases, summary, body].join('\n') : `${title}\n${summary}\n${body}`,
        );
        // One test for both rare cases: letters with diacritics, and characters of two bytes.
        const rare = RARE.test(text);
        if (rare) text = withoutDiacritics(text);
        const wide = rare && WIDE.test(text);
        if (wide && at > 0) break;
        this.chunkOf[d] = this.chunks.length;
        this.starts[d] = at;
        parts.push(text);
        for (let k = 0; k < aliases.length; k++) at += aliases[k].length + 1;
        this.ends[3 * d] = at += title.length;
        this.ends[3 * d + 1] = at += summary.length + 1;
        this.ends[3 * d + 2] = at += body.length + 1;
        at++;
        lengths[d * F + NAMES] = this.ends[3 * d] - this.starts[d] + 1;
        lengths[d * F + SUMMARY] = summary.length + 1;
        lengths[d * F + BODY] = body.length + 1;
        if (wide) {
          d++;
          break;
        }
      }
      const text = parts.join('\n');
      const tips = ranges(text, TIP);
      // A tip's characters count for the tips field rather than the body.
      for (let k = 0, t = first; k < tips.length; k += 2) {
        while (t + 1 < d && this.starts[t + 1] <= tips[k]) t++;
        lengths[t * F + TIPS] += tips[k + 1] - tips[k] + 1;
        lengths[t * F + BODY] -= tips[k + 1] - tips[k];
      }
      this.chunks.push(text);
      this.tips.push(tips);
      this.links.push(ranges(text, LINK_TARGET));
    }
    const totals = new Float64Array(F);
    lengths.forEach((l, i) => (totals[i % F] += l));
    this.relativeLength = lengths.map((l, i) => l / Math.max(1e-9, totals[i % F] / Math.max(1, n)));
  }

  /** The bucket of the words that start with a key (KEY letters, or fewer for a shorter word). */
  bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = this.read(key)));
    return bucket;
  }

  private read(key: string): Bucket {
    const { chunks, chunkOf, starts, ends, table } = this;
    const ids: number[] = [];
    const notes: number[] = [];
    const at: number[] = [];
    let d = 0;
    for (let c = 0; c < chunks.length; c++) {
      const text = chunks[c];
      while (d < starts.length && chunkOf[d] < c) d++;
      for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
        if ((i > 0 && lowerOf(text.charCodeAt(i - 1)) >= 0) || within(this.links[c], i)) continue;
        while (d + 1 < starts.length && chunkOf[d + 1] === c && starts[d + 1] <= i) d++;
        const id = table.read(text, i);
        if (!table.skipped[id]) {
          const field =
            i <= ends[3 * d] ? NAMES : i <= ends[3 * d + 1] ? SUMMARY : within(this.tips[c], i) ? TIPS : BODY;
          ids.push(id);
          notes.push(d);
          at.push((i - starts[d]) * 4 + field);
        }
        i = table.end;
      }
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
const UPPER = /[A-Z]|[^\0-\x7f]/g;
/** A character that takes two bytes in a string, and one from the first that may have diacritics on. */
const WIDE = /[^\0-\xff]/;
const RARE = /[^\0-\xbf]/;
const DECOMPOSABLE = /[\u00c0-\u1fff]/g;

/**
 * Text in lower case, with each character in its place: one whose lower case is more than one
 * character (İ) is kept as it is.
 */
function lowerInPlace(text: string): string {
  const s = text.toLowerCase();
  return s.length === text.length
    ? s
    : text.replace(UPPER, ch => (ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch));
}

/** Lower-case text without diacritics where a letter has them, each character in its place. */
function withoutDiacritics(s: string): string {
  if (!MAY_DECOMPOSE.test(s)) return s;
  return s.replace(DECOMPOSABLE, ch => {
    const base = ch.normalize('NFD').replace(MARKS, '');
    return base.length === 1 ? base : ch;
  });
}
