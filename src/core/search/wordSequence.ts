// The notes' words in reading order, each as its number in the word table, its field and its
// position: read once, then scanned for the occurrences of the words that queries need.
import type { Concept } from '../model';
import { BODY, bodyFieldAt, eachField, type NoteLayout } from './noteLayout';
import { ASCII, grown, HASH1, HASH2, lowerOf, type WordTable } from './noteTokens';

/**
 * Occurrences of some words, in note order: the word, the note, and the word's place among the
 * note's characters × 4 + its field.
 */
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
   * Per word read: its number, and its place × 4 + its field. Sized for the most words the text
   * could have: memory is touched only as it is written.
   */
  private readonly seq: Int32Array;
  private readonly places: Int32Array;
  private length = 0;
  /** Where each note's words start in seq; after the notes read, where the next would start. */
  private readonly starts: Int32Array;
  /** Per word number, how many times it was read. */
  private counts = new Int32Array(1 << 12);
  private read = 0;
  private readonly cursor = new Int32Array(2);

  constructor(
    private readonly concepts: readonly Concept[],
    private readonly table: WordTable,
    private readonly layout: NoteLayout,
  ) {
    let chars = 0;
    for (const { title, aliases, summary, body } of concepts) {
      chars += title.length + summary.length + body.length + 3;
      for (const alias of aliases) chars += alias.length + 1;
    }
    this.seq = new Int32Array((chars >> 1) + 1);
    this.places = new Int32Array((chars >> 1) + 1);
    this.starts = new Int32Array(concepts.length + 1);
  }

  /** Whether every note has been read. */
  get complete(): boolean {
    return this.read === this.concepts.length;
  }

  /** Reads up to `count` more notes (all that remain for Infinity); true when every note has been read. */
  prepare(count: number): boolean {
    const end = Math.min(this.concepts.length, this.read + count);
    for (let d = this.read; d < end; d++) {
      eachField(this.concepts[d], (text, field, base) => this.readField(d, text, field, base));
      this.starts[d + 1] = this.length;
    }
    this.read = end;
    return this.complete;
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
    const { seq, places, starts } = this;
    let d = 0;
    for (let k = 0; k < this.length; k++) {
      const id = seq[k];
      const list = id < want.length ? want[id] - 1 : -1;
      if (list < 0) continue;
      while (k >= starts[d + 1]) d++;
      const { ids, notes, at } = out[list];
      const p = filled[list]++;
      ids[p] = id;
      notes[p] = d;
      at[p] = places[k];
    }
    return out;
  }

  /** Reads the words of one of note d's fields, whose first character is at `base` in the note. */
  private readField(d: number, text: string, field: number, base: number) {
    const { table, seq, places, cursor } = this;
    const ranges = field === BODY ? this.layout.of(d) : undefined;
    cursor.fill(0);
    const n = text.length;
    for (let i = 0; i < n;) {
      let code = text.charCodeAt(i);
      let c = code < 128 ? ASCII[code] : lowerOf(code);
      if (c < 0) {
        i++;
        continue;
      }
      const start = i;
      let h1 = HASH1;
      let h2 = HASH2;
      for (;;) {
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = (Math.imul(h2, 33) + c) | 0;
        if (++i === n) break;
        code = text.charCodeAt(i);
        c = code < 128 ? ASCII[code] : lowerOf(code);
        if (c < 0) break;
      }
      const f = ranges ? bodyFieldAt(ranges, start, cursor) : field;
      if (f < 0) continue;
      const id = table.idOf(text, start, i, h1, h2);
      if (table.skipped[id]) continue;
      if (id >= this.counts.length) this.counts = grown(this.counts);
      this.counts[id]++;
      seq[this.length] = id;
      places[this.length++] = (base + start) * 4 + f;
    }
  }
}
