// One indexed surface form and the test of whether a run of text segments is that form.
import type { Concept } from '../model';
import { everydayBeside, type Reading } from './reading';
import { Join, isCompoundJoin, type Segment } from './tokenize';

/** A gap between two form segments: any word joiner, or one exact punctuation. */
export type Gap = '' | string;

/**
 * How a generic word behaves with a reading: 0 not generic, 1 a model word (in GenAI files, also in
 * identifiers), 2 an everyday word (in GenAI files, in prose only), 3 a plain English word (never alone).
 */
export type Generic = 0 | 1 | 2 | 3;

export interface Entry {
  readonly concept: Concept;
  /** Lower-case segments of the form. */
  readonly norms: readonly string[];
  readonly gaps: readonly Gap[];
  /** Exact segment texts for case-sensitive forms. */
  readonly exact: readonly string[] | undefined;
  /** Whether an ALL-CAPS spelling also counts (capitalised names like Bedrock → BEDROCK). */
  readonly upper: boolean;
  /** In a GenAI file, whether the form also matches in any case inside an identifier (LoraConfig, bedrock-runtime). */
  readonly anyCaseInside: boolean;
  readonly standalone: boolean;
  readonly generic: Generic;
  /** A plural the index derived, which gives way to a form a note wrote out ("labeled examples"). */
  readonly derived: boolean;
}

/**
 * Whether segs[s..e] is the entry's form. Without a reading, as a line alone: generic words match
 * when they stand alone. With one, generic words and standalone forms match only in GenAI files,
 * model words there also inside identifiers, and never beside a word that gives them their
 * everyday sense.
 */
export function matches(entry: Entry, segs: readonly Segment[], s: number, e: number, reading?: Reading): boolean {
  for (let k = s + 1; k <= e; k++) {
    const gap = entry.gaps[k - s - 1];
    const seg = segs[k];
    if (gap === '' ? seg.join === Join.Other || seg.join === Join.None : seg.join !== Join.Other || seg.sep !== gap)
      return false;
  }
  const inside = isCompoundJoin(segs[s].join) || (e + 1 < segs.length && isCompoundJoin(segs[e + 1].join));
  if (entry.exact && !(inside && entry.anyCaseInside && reading?.genai)) {
    for (let k = s; k <= e; k++) {
      const want = entry.exact[k - s];
      const raw = segs[k].raw;
      if (raw !== want && !(entry.upper && raw === want.toUpperCase())) return false;
    }
  }
  // A form the notes mark standalone is an ordinary word too: like generic words, a term only in GenAI files.
  if (entry.standalone && reading && !reading.genai) return false;
  if (reading && entry.generic) {
    if (!reading.genai || entry.generic === 3 || everydayBeside(segs, s)) return false;
    // Everyday words only in prose, where a neighbour is a word after a space ("check for bias"),
    // never in code (bias="none", rouge.compute(…), model.parameters()).
    if (entry.generic === 2)
      return (
        !inside && ((s > 0 && segs[s].join === Join.Space) || (e + 1 < segs.length && segs[e + 1].join === Join.Space))
      );
    return true;
  }
  return !(entry.standalone && inside);
}

export function sameEntry(a: Entry, b: Entry): boolean {
  return (
    a.norms.join(' ') === b.norms.join(' ') &&
    a.standalone === b.standalone &&
    a.derived === b.derived &&
    a.gaps.join('|') === b.gaps.join('|') &&
    (a.exact ?? []).join('|') === (b.exact ?? []).join('|')
  );
}

/** Search radius around the cursor: longer than any form, so lines of any length cost the same. */
const WINDOW = 256;

/** A slice of the line around the cursor that does not cut a word in two. */
export function windowAround(line: string, character: number, isWordChar: (code: number) => boolean): [number, number] {
  if (line.length <= 2 * WINDOW) return [0, line.length];
  let from = Math.max(0, character - WINDOW);
  let to = Math.min(line.length, character + WINDOW);
  while (from > 0 && isWordChar(line.charCodeAt(from - 1)) && character - from < 4 * WINDOW) from--;
  while (to < line.length && isWordChar(line.charCodeAt(to)) && to - character < 4 * WINDOW) to++;
  return [from, to];
}
