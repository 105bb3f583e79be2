// The sentence of a note that matches a query best, with the ranges of its matching words.
import type { Concept } from '../model';
import { sentences } from './noteText';
import { fold } from './notesIndex';
import { lowerOf } from './noteTokens';
import { Recent } from './recent';

export interface Sentence {
  readonly text: string;
  /** [start, end) ranges of the matched words in text. */
  readonly highlights: readonly (readonly [number, number])[];
}

/** Longer sentences are cut to about this many characters around their first match. */
const MAX_CHARS = 180;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const POSSESSIVE = /['’]s$/;

/** Notes whose sentences are kept, the most recently read. */
const KEPT = 200;

/** Notes' sentences, each also in lower case, split when first needed and kept for the KEPT notes read last. */
export class SentenceCache {
  private readonly kept = new Recent<Concept, { text: string; lower: string }[]>(KEPT);

  of(c: Concept): { text: string; lower: string }[] {
    let list = this.kept.get(c);
    if (!list) this.kept.set(c, (list = sentences(c).map(text => ({ text, lower: fold(text) }))));
    return list;
  }
}

/**
 * The sentence of the note (summary first, then body) that matches the most distinct query
 * terms, the earlier one on a tie, with its matched words as ranges. `match` tells which query
 * term a lower-case word (with its stem) matches, if any. Only the words that start with one of
 * `needles` (where the query terms' words start) are read, found with indexOf.
 */
export function bestSentence(
  cache: SentenceCache,
  c: Concept,
  needles: readonly string[],
  term: (word: string) => string,
  match: (word: string, term: string) => string | undefined,
): Sentence {
  const list = cache.of(c);
  let best = { text: list[0]?.text ?? c.summary, count: 0, highlights: [] as [number, number][] };
  for (const { text, lower } of list) {
    let found: Set<string> | undefined;
    const highlights: [number, number][] = [];
    const read = (start: number, end: number, word: string) => {
      const t = match(word, term(word));
      if (t && !highlights.some(h => h[0] === start)) {
        (found ??= new Set()).add(t);
        highlights.push([start, end]);
      }
    };
    if (lower.length !== text.length) {
      // Letters with diacritics, dropped in lower: every word is read.
      for (const m of text.matchAll(WORD)) read(m.index, m.index + m[0].length, fold(m[0]).replace(POSSESSIVE, ''));
    } else {
      for (const needle of needles) {
        for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
          if (at > 0 && lowerOf(lower.charCodeAt(at - 1)) >= 0) continue;
          let end = at + needle.length;
          while (end < lower.length && lowerOf(lower.charCodeAt(end)) >= 0) end++;
          read(at, end, lower.slice(at, end));
        }
      }
    }
    if (found && found.size > best.count)
      best = { text, count: found.size, highlights: highlights.sort((a, b) => a[0] - b[0]) };
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
