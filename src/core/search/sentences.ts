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

const cached = new WeakMap<Concept, string[]>();

/**
 * The sentence of the note (summary first, then body) that matches the most distinct query
 * terms, the earlier one on a tie, with its matched words as ranges. `match` tells which query
 * term a lower-case word matches, if any.
 */
export function bestSentence(c: Concept, match: (word: string) => string | undefined): Sentence {
  let list = cached.get(c);
  if (!list) cached.set(c, (list = sentences(c)));
  let best = { text: list[0] ?? c.summary, count: 0, highlights: [] as [number, number][] };
  for (const text of list) {
    const found = new Set<string>();
    const highlights: [number, number][] = [];
    for (const m of text.matchAll(WORD)) {
      const t = match(fold(m[0]).replace(POSSESSIVE, ''));
      if (t) { found.add(t); highlights.push([m.index, m.index + m[0].length]); }
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
    highlights: highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift] as [number, number]),
  };
}
