import type { Concept } from '../model';
import { windowAround } from './entry';
import { FormIndex } from './formIndex';
import { isWordChar } from './forms';
import { type Reading } from './reading';
import { isCompoundJoin, tokenize, type Segment } from './tokenize';

export { GENERIC_WORDS } from './reading';

export interface TermMatch {
  readonly concepts: readonly Concept[];
  /** Offsets in the line: [start, end) covers exactly the matched term. */
  readonly start: number;
  readonly end: number;
}

/** Finding the terms of a line in the index of hover forms (see FormIndex). */
export class TermIndex extends FormIndex {
  /**
   * The concepts with a hover form written exactly so, ignoring case ("max_tokens", "RLHF"): one
   * search of the forms' text, which indexes nothing.
   */
  conceptsNamed(text: string): Concept[] {
    const { lower, starts } = this.text();
    const needle = `\n${text.toLowerCase()}\n`;
    const out: Concept[] = [];
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const f = this.formAt(at + 1);
      const c = this.owners[f];
      if (starts[f] === at + 1 && !c.hover.exclude.includes(this.forms[f]) && !out.includes(c)) out.push(c);
    }
    return out;
  }

  /**
   * The term under `character` in `line`, longest match first; undefined when there is none.
   * `reading` says how the line's document reads (see reading.ts); without it the line is read alone.
   */
  findAt(line: string, character: number, reading?: Reading): TermMatch | undefined {
    if (character < 0 || character >= line.length) return undefined;
    const [from, to] = windowAround(line, character, isWordChar);
    const segs = tokenize(line, from, to);
    // The segment under the cursor, or the next one when the cursor is between segments (the
    // "_" of latent_space, the space of "random noise"): a match must still cover the cursor.
    const cur = segs.findIndex(seg => character < seg.end);
    if (cur < 0) return undefined;
    let best: TermMatch | undefined;
    for (let s = Math.max(0, cur - this.text().bound + 1); s <= cur; s++) {
      if (segs[s].start > character) break;
      this.walk(segs, s, reading, (e, concepts) => {
        const m = { concepts, start: segs[s].start, end: segs[e].end };
        if (m.end <= character) return;
        if (!best || m.end - m.start > best.end - best.start) best = m;
      });
    }
    if (best || !reading) return best;
    // Only an identifier of several parts can hold a term inside it; only then is the document's reading needed.
    const compound =
      (cur > 0 && isCompoundJoin(segs[cur].join)) || (cur + 1 < segs.length && isCompoundJoin(segs[cur + 1].join));
    return compound && reading.genai ? this.inIdentifier(segs, cur, reading) : undefined;
  }

  /**
   * In a GenAI file, the term nearest the cursor inside the identifier under it (LoraConfig hovered
   * on "Config", torch_dtype on "dtype"); the range reaches from the term to the cursor's segment.
   */
  private inIdentifier(segs: readonly Segment[], cur: number, reading: Reading): TermMatch | undefined {
    let a = cur;
    while (a > 0 && isCompoundJoin(segs[a].join)) a--;
    let b = cur;
    while (b + 1 < segs.length && isCompoundJoin(segs[b + 1].join)) b++;
    let best: { concepts: readonly Concept[]; s: number; e: number; distance: number } | undefined;
    for (let s = a; s <= b && a < b; s++) {
      this.walk(segs, s, reading, (e, concepts) => {
        const distance = s > cur ? s - cur : cur - e;
        if (e <= b && (!best || distance < best.distance || (distance === best.distance && e - s > best.e - best.s)))
          best = { concepts, s, e, distance };
      });
    }
    return (
      best && {
        concepts: best.concepts,
        start: segs[Math.min(best.s, cur)].start,
        end: segs[Math.max(best.e, cur)].end,
      }
    );
  }

  /** Every term in a line, leftmost-longest, without overlaps. */
  findAll(line: string, reading?: Reading): TermMatch[] {
    const segs = tokenize(line);
    const out: TermMatch[] = [];
    for (let s = 0; s < segs.length;) {
      let bestEnd = -1;
      let bestConcepts: readonly Concept[] = [];
      this.walk(segs, s, reading, (e, concepts) => {
        if (e > bestEnd) {
          bestEnd = e;
          bestConcepts = concepts;
        }
      });
      if (bestEnd < 0) {
        s++;
        continue;
      }
      out.push({ concepts: bestConcepts, start: segs[s].start, end: segs[bestEnd].end });
      s = bestEnd + 1;
    }
    return out;
  }
}
