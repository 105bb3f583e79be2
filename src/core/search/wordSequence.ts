// The notes' words in reading order, each as its number in the word table and its field: read
// once, then scanned for the occurrences of the words that queries need.
import type { Concept } from '../model';
import { grown, HASH1, HASH2, lowerOf, ranges, type WordTable } from './noteTokens';
import { NOTE_FIELDS, TIP } from './noteText';

const [NAMES, SUMMARY, TIPS, BODY] = NOTE_FIELDS.map((_, f) => f);
const F = NOTE_FIELDS.length;
/** A link's target, not read as words. */
const LINK_TARGET = /\]\([^)\n]*\)/g;

/** Occurrences of some words, in note order: the word, the note, and the word's place in the note × 4 + its field. */
export interface Occurrences {
  readonly ids: Int32Array;
  readonly notes: Int32Array;
  readonly at: Int32Array;
}

/**
 * Every searchable word of every note, in order (stop words left out): note by note, its names,
 * summary and body, except links' targets; a body's words in exam tips count for the tips field.
 * Notes are read in order, some at a time if a caller wants (`prepare`), all before a scan.
 */
export class WordSequence {
  /**
   * Per word read: its number × 4 + its field. Sized for the most words the text could have:
   * memory is touched only as it is written.
   */
  private readonly seq: Int32Array;
  private length = 0;
  /** Where each note's words start in seq; after the notes read, where the next would start. */
  private readonly starts: Int32Array;
  /** Per word number, how many times it was read. */
  private counts = new Int32Array(1 << 12);
  private read = 0;

  /** Per note and field, its length in characters, found as the note is read. */
  private readonly lengths: Float64Array;

  constructor(
    private readonly concepts: readonly Concept[],
    private readonly table: WordTable,
  ) {
    let chars = 0;
    for (const { title, aliases, summary, body } of concepts) {
      chars += title.length + summary.length + body.length + 3;
      for (const alias of aliases) chars += alias.length + 1;
    }
    this.seq = new Int32Array((chars >> 1) + 1);
    this.starts = new Int32Array(concepts.length + 1);
    this.lengths = new Float64Array(concepts.length * F);
  }

  /** Per note and field, its length relative to the field's average, once every note has been read. */
  relativeLengths(): Float64Array {
    this.prepare(Infinity);
    const n = this.concepts.length;
    const totals = new Float64Array(F);
    this.lengths.forEach((l, i) => (totals[i % F] += l));
    return this.lengths.map((l, i) => l / Math.max(1e-9, totals[i % F] / Math.max(1, n)));
  }

  /** Reads up to `count` more notes (all that remain for Infinity); true when every note has been read. */
  prepare(count: number): boolean {
    const end = Math.min(this.concepts.length, this.read + count);
    for (let d = this.read; d < end; d++) {
      const { title, aliases, summary, body } = this.concepts[d];
      const { links, tips } = this.measure(d);
      this.readField(title, NAMES);
      for (let k = 0; k < aliases.length; k++) this.readField(aliases[k], NAMES);
      this.readField(summary, SUMMARY);
      this.readField(body, BODY, links, tips);
      this.starts[d + 1] = this.length;
    }
    this.read = end;
    return end === this.concepts.length;
  }

  /**
   * Note d's field lengths, and its body's links' targets and exam tips as sorted [start, end)
   * pairs, where it has any. A tip's characters count for the tips field rather than the body.
   */
  private measure(d: number): { links?: Int32Array; tips?: Int32Array } {
    const { title, aliases, summary, body } = this.concepts[d];
    const at = d * F;
    let names = title.length + 1;
    for (let k = 0; k < aliases.length; k++) names += aliases[k].length + 1;
    this.lengths[at + NAMES] = names;
    this.lengths[at + SUMMARY] = summary.length + 1;
    this.lengths[at + BODY] = body.length + 1;
    const tips = body.includes('xam tip') ? ranges(body, TIP) : undefined;
    for (let k = 0; tips && k < tips.length; k += 2) {
      this.lengths[at + TIPS] += tips[k + 1] - tips[k] + 1;
      this.lengths[at + BODY] -= tips[k + 1] - tips[k];
    }
    return { links: body.includes('](') ? ranges(body, LINK_TARGET) : undefined, tips };
  }

  /**
   * The occurrences of the words that `want` maps (by word number) to a list number + 1, for each
   * of `lists` lists, in one scan of every note's words.
   */
  gather(want: Int32Array, lists: number): Occurrences[] {
    this.prepare(Infinity);
    const sizes = new Int32Array(lists);
    for (let id = 0; id < want.length; id++) if (want[id]) sizes[want[id] - 1] += this.counts[id];
    const out = Array.from(sizes, size => ({
      ids: new Int32Array(size),
      notes: new Int32Array(size),
      at: new Int32Array(size),
    }));
    const filled = new Int32Array(lists);
    const { seq, starts } = this;
    let d = 0;
    for (let k = 0; k < this.length; k++) {
      const id = seq[k] >> 2;
      const list = id < want.length ? want[id] - 1 : -1;
      if (list < 0) continue;
      while (k >= starts[d + 1]) d++;
      const { ids, notes, at } = out[list];
      const p = filled[list]++;
      ids[p] = id;
      notes[p] = d;
      at[p] = (k - starts[d]) * 4 + (seq[k] & 3);
    }
    return out;
  }

  /** Reads one field's words, except in the `skip` ranges; words in the `tips` ranges count for the tips field. */
  private readField(text: string, field: number, skip?: Int32Array, tips?: Int32Array) {
    const { table, seq } = this;
    const n = text.length;
    let s = 0;
    let t = 0;
    for (let i = 0; i < n;) {
      let c = lowerOf(text.charCodeAt(i));
      if (c < 0) {
        i++;
        continue;
      }
      const start = i;
      let h1 = HASH1;
      let h2 = HASH2;
      do {
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = (Math.imul(h2, 33) + c) | 0;
        c = ++i < n ? lowerOf(text.charCodeAt(i)) : -1;
      } while (c >= 0);
      if (skip) {
        while (s < skip.length && skip[s + 1] <= start) s += 2;
        if (s < skip.length && skip[s] <= start) continue;
      }
      const id = table.idOf(text, start, i, h1, h2);
      if (table.skipped[id]) continue;
      let f = field;
      if (tips) {
        while (t < tips.length && tips[t + 1] <= start) t += 2;
        if (t < tips.length && tips[t] <= start) f = TIPS;
      }
      if (id >= this.counts.length) this.counts = grown(this.counts);
      this.counts[id]++;
      seq[this.length++] = id * 4 + f;
    }
  }
}
