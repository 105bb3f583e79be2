// The notes' text for full-text search: each note's fields in lower case, and where a word occurs,
// found on first need and kept. Words are compared by their Porter stems.
import { stemmer } from 'stemmer';
import type { Concept } from '../model';
import { NOTE_FIELDS, noteFields } from './noteText';

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

/** Reduces words to their stems ('' for a stop word or a single letter), remembering each. */
export class Stems {
  private readonly memo = new Map<string, string>();
  term(word: string): string {
    let t = this.memo.get(word);
    if (t === undefined) {
      t = (word.length < 2 && !/\d/.test(word)) || STOP_WORDS.has(word) ? '' : stemmer(word);
      this.memo.set(word, t);
    }
    return t;
  }
}

/** How much an occurrence in each field counts: names, summary, exam tips, body. */
export const FIELD_BOOST = [2, 2, 1.5, 1];

/** Whether a character code is a letter or digit (any script). */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every note's searchable text as one lower-case string (names, summary, exam tips and body,
 * one a line), with the end of each field. Building it reads each note once; nothing is
 * tokenized until a query needs a word.
 */
export class NotesText {
  readonly texts: string[] = [];
  /** Per note, the end offset of each field in its text. */
  readonly fieldEnds: Int32Array;
  /** Per note and field, its length in characters relative to the field's average. */
  readonly relativeLength: Float64Array;
  private readonly occurrenceCache = new Map<string, Int32Array>();

  constructor(concepts: readonly Concept[]) {
    const F = NOTE_FIELDS.length;
    this.fieldEnds = new Int32Array(concepts.length * F);
    const lengths = new Float64Array(concepts.length * F);
    const totals = new Float64Array(F);
    for (let d = 0; d < concepts.length; d++) {
      let fields = noteFields(concepts[d], false);
      // One lower-casing of the whole note; per field in the rare case that it changes lengths (İ).
      let text = fold(fields.join('\n'));
      if (text.length !== fields.reduce((n, f) => n + f.length + 1, -1)) text = (fields = fields.map(fold)).join('\n');
      let at = 0;
      for (let f = 0; f < F; f++) {
        at += fields[f].length + 1;
        this.fieldEnds[d * F + f] = at - 1;
        lengths[d * F + f] = fields[f].length + 1;
        totals[f] += fields[f].length + 1;
      }
      this.texts.push(text);
    }
    this.relativeLength = lengths.map((l, i) => l / (totals[i % F] / Math.max(1, concepts.length)));
  }

  /** The field of a position in note d's text. */
  fieldAt(d: number, position: number): number {
    const F = NOTE_FIELDS.length;
    let f = 0;
    while (f < F - 1 && position > this.fieldEnds[d * F + f]) f++;
    return f;
  }

  /** The whole word that starts at a position. */
  wordAt(d: number, position: number): string {
    const text = this.texts[d];
    let end = position;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    return text.slice(position, end);
  }

  /** Whether the whole word at a position is `word`. */
  isWordAt(d: number, position: number, word: string): boolean {
    const text = this.texts[d];
    return text.startsWith(word, position) && !isWordChar(text.charCodeAt(position + word.length));
  }

  /**
   * Where a word starting with `start` begins, as [note, position, …] pairs. Found with indexOf
   * over the notes, or by narrowing the list of a shorter start already found (a word being
   * typed), and kept.
   */
  occurrences(start: string): Int32Array {
    let list = this.occurrenceCache.get(start);
    if (list) return list;
    let shorter: Int32Array | undefined;
    for (let k = start.length - 1; k >= 2 && !shorter; k--) shorter = this.occurrenceCache.get(start.slice(0, k));
    const out: number[] = [];
    if (shorter) {
      for (let i = 0; i < shorter.length; i += 2) {
        if (this.texts[shorter[i]].startsWith(start, shorter[i + 1])) out.push(shorter[i], shorter[i + 1]);
      }
    } else {
      for (let d = 0; d < this.texts.length; d++) {
        const text = this.texts[d];
        for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
          if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) out.push(d, at);
        }
      }
    }
    list = Int32Array.from(out);
    if (this.occurrenceCache.size > 2000) this.occurrenceCache.clear();
    this.occurrenceCache.set(start, list);
    return list;
  }
}
