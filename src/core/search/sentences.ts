// The sentence of a note that matches a query best, with the ranges of its matching words.
import type { Concept } from '../model';
import { sentences } from './noteText';
import { fold } from './notesIndex';

export interface Sentence {
  readonly text: string;
  /** [start, end) ranges of the matched words in text. */
  readonly highlights: readonly (readonly [number, number])[];
}

/** Longer sentences are cut to about this many characters around their first match. */
const MAX_CHARS = 180;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const POSSESSIVE = /['’]s$/;

/** A note's sentences, each with its words: [start, end) in the sentence, lower-case word and stem. */
interface Read {
  readonly text: string;
  readonly words: readonly { start: number; end: number; word: string; term: string }[];
}
const cached = new WeakMap<Concept, Read[]>();

/**
 * The sentence of the note (summary first, then body) that matches the most distinct query
 * terms, the earlier one on a tie, with its matched words as ranges. `match` tells which query
 * term a lower-case word (with its stem) matches, if any. Each note's sentences are split and
 * their words stemmed once, when first needed.
 */
export function bestSentence(
  c: Concept,
  term: (word: string) => string,
  match: (word: string, term: string) => string | undefined,
): Sentence {
  let list = cached.get(c);
  if (!list) {
    list = sentences(c).map(text => ({
      text,
      words: [...text.matchAll(WORD)].map(m => {
        const word = fold(m[0]).replace(POSSESSIVE, '');
        return { start: m.index, end: m.index + m[0].length, word, term: term(word) };
      }),
    }));
    cached.set(c, list);
  }
  let best = { text: list[0]?.text ?? c.summary, count: 0, highlights: [] as [number, number][] };
  for (const { text, words } of list) {
    const found = new Set<string>();
    const highlights: [number, number][] = [];
    for (const w of words) {
      const t = match(w.word, w.term);
      if (t) {
        found.add(t);
        highlights.push([w.start, w.end]);
      }
    }
    if (found.size > best.count) best = { text, count: found.size, highlights };
  }
  return clip(best.text, best.highlights);
}

/** A long sentence cut around its first highlight, with an ellipsis where it was cut. */
function clip(text: string, highlights: [number, number][]): Sentence {
  if (text.length <= MAX_CHARS) return { text, highlights };
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, first - MAX_CHARS / 3);
  if (start > 0) start = text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, start + MAX_CHARS);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first + 1);
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + (end < text.length ? '…' : ''),
    highlights: highlights
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s + shift, e + shift] as [number, number]),
  };
}
