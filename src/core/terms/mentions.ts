import type { Concept } from '../model';
import type { Reading } from './reading';
import type { TermIndex } from './termIndex';

export interface Mention {
  readonly concept: Concept;
  readonly count: number;
  /** Where it first occurs: 0-based line and character range. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** Lines longer than this are scanned only in their first part (minified files, data). */
const MAX_LINE_SCAN = 10_000;
/**
 * Characters scanned per text: a 50,000-line file of 80-character lines is read whole, a huge data file only in
 * its first part.
 */
export const MAX_SCAN_CHARS = 4_000_000;

/**
 * The concepts a text mentions, most mentioned first, each with its first occurrence. `reading`
 * is how its document reads (see reading.ts); without it each line is read alone.
 */
export function mentionsIn(index: TermIndex, lines: readonly string[], reading?: Reading): Mention[] {
  const found = new Map<Concept, { count: number; line: number; start: number; end: number }>();
  let budget = MAX_SCAN_CHARS;
  for (let line = 0; line < lines.length && budget > 0; line++) {
    const text = lines[line];
    const limit = Math.min(MAX_LINE_SCAN, budget);
    const scanned = text.length > limit ? text.slice(0, limit) : text;
    budget -= scanned.length + 1;
    for (const m of index.findAll(scanned, reading)) {
      for (const concept of m.concepts) {
        const prior = found.get(concept);
        if (prior) prior.count++;
        else found.set(concept, { count: 1, line, start: m.start, end: m.end });
      }
    }
  }
  return [...found]
    .map(([concept, v]) => ({ concept, ...v }))
    .sort((a, b) => b.count - a.count || a.line - b.line || a.start - b.start);
}

/** A term found on a line: 0-based line, its character range and its concepts. */
export interface TermSpan {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly concepts: readonly Concept[];
}

/**
 * The terms on lines [from, to) of a text, read with its document's reading, for underlining the
 * part of an editor that shows; `keep` picks the concepts wanted (all when absent).
 */
export function termsIn(
  index: TermIndex,
  lineAt: (line: number) => string,
  from: number,
  to: number,
  reading: Reading,
  keep?: (concept: Concept) => boolean,
): TermSpan[] {
  const out: TermSpan[] = [];
  for (let line = from; line < to; line++) {
    const text = lineAt(line);
    for (const m of index.findAll(text.length > MAX_LINE_SCAN ? text.slice(0, MAX_LINE_SCAN) : text, reading)) {
      const concepts = keep ? m.concepts.filter(keep) : m.concepts;
      if (concepts.length) out.push({ line, start: m.start, end: m.end, concepts });
    }
  }
  return out;
}
