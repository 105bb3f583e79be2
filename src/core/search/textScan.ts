// A search's first buckets found straight in the notes' text, before their word sequence is read:
// a regular expression finds where words may start with a key, and only those words are read.
import type { Concept } from '../model';
import { BODY, bodyFieldAt, eachField, type BodyRanges, type NoteLayout } from './noteLayout';
import { ASCII, grown, HASH1, HASH2, lowerOf, type WordTable } from './noteTokens';
import type { Occurrences } from './wordSequence';

/** Any character beyond ASCII: it may fold to any letter ("É" to "e"), so it stays a candidate. */
const WIDE = '\\u0080-\\uffff';

/**
 * For each key (one or two characters of a folded word), the occurrences of the notes' words
 * that start with it, in note order, as the word sequence would gather them; and the words.
 */
export function scanText(
  concepts: readonly Concept[],
  table: WordTable,
  layout: NoteLayout,
  keys: readonly string[],
): (Occurrences & { wordIds: Int32Array })[] {
  const scan = new TextScan(table, layout, keys);
  for (let d = 0; d < concepts.length; d++)
    eachField(concepts[d], (text, field, base) => scan.field(d, text, field, base));
  return scan.lists.map(({ ids, notes, at }) => ({
    ids: ids.done(),
    notes: notes.done(),
    at: at.done(),
    wordIds: distinct(ids.done(), table.words.length),
  }));
}

/** The distinct numbers of a list of word numbers, in the order first seen. */
function distinct(ids: Int32Array, words: number): Int32Array {
  const seen = new Uint8Array(words);
  const out = new Ints();
  for (let k = 0; k < ids.length; k++) {
    if (seen[ids[k]]) continue;
    seen[ids[k]] = 1;
    out.push(ids[k]);
  }
  return out.done();
}

/** A list of integers that grows as it is added to: no number is boxed, no array copied per item. */
class Ints {
  private data = new Int32Array(256);
  private length = 0;
  push(value: number) {
    if (this.length === this.data.length) this.data = grown(this.data);
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

class TextScan {
  readonly lists: { ids: Ints; notes: Ints; at: Ints }[];
  private readonly ascii: RegExp;
  private readonly wide: RegExp;
  private readonly cursor = new Int32Array(2);

  constructor(
    private readonly table: WordTable,
    private readonly layout: NoteLayout,
    private readonly keys: readonly string[],
  ) {
    this.lists = keys.map(() => ({ ids: new Ints(), notes: new Ints(), at: new Ints() }));
    [this.ascii, this.wide] = candidates(keys);
  }

  /** Finds the keys' words in one of note d's fields, whose first character is at `base` in the note. */
  field(d: number, text: string, field: number, base: number) {
    const ranges = field === BODY ? this.layout.of(d) : undefined;
    this.cursor.fill(0);
    // In ASCII text a match is a whole word, found without making a string; in other text, where a word may start.
    if (BEYOND_ASCII.test(text)) {
      const re = this.wide;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = wordEnd(text, m.index);
        re.lastIndex = Math.max(end, m.index + 1);
        if (end >= 0) this.found(d, text, m.index, end, ranges, field, base);
      }
    } else {
      const re = this.ascii;
      re.lastIndex = 0;
      while (re.test(text)) {
        let start = re.lastIndex;
        while (start > 0 && ASCII[text.charCodeAt(start - 1)] >= 0) start--;
        const end = wordEnd(text, start);
        if (end >= 0) this.found(d, text, start, end, ranges, field, base);
      }
    }
  }

  /** A word at [start, end) of a field, whose hashes wordEnd has just found. */
  private found(
    d: number,
    text: string,
    start: number,
    end: number,
    ranges: BodyRanges | undefined,
    field: number,
    base: number,
  ) {
    const f = ranges ? bodyFieldAt(ranges, start, this.cursor) : field;
    if (f < 0) return;
    const { table, keys } = this;
    const id = table.idOf(text, start, end, hash1, hash2);
    if (table.skipped[id]) return;
    const word = table.words[id];
    for (let k = 0; k < keys.length; k++) {
      if (!word.startsWith(keys[k])) continue;
      const list = this.lists[k];
      list.ids.push(id);
      list.notes.push(d);
      list.at.push((base + start) * 4 + f);
    }
  }
}

const BEYOND_ASCII = /[^\0-\x7f]/;

/**
 * Where words may start with one of the keys, not after an ASCII letter or digit (so that most
 * places inside a word are passed over): for ASCII text, and for text with any other character.
 */
function candidates(keys: readonly string[]): [RegExp, RegExp] {
  const ascii = keys.filter(key => !BEYOND_ASCII.test(key)).map(escaped);
  const wide = new Set(keys.map(key => [...key].map(wideClass).join('')));
  return [
    // No key of other characters can start a word of ASCII text: then nothing matches.
    new RegExp(`(?<![a-z0-9])(?:${ascii.join('|') || '(?!)'})[a-z0-9]*`, 'gi'),
    new RegExp(`(?<![A-Za-z0-9])(?:${[...wide].join('|')})`, 'g'),
  ];
}

function escaped(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** The characters that may fold to a key's character: itself, its upper case, and any beyond ASCII. */
function wideClass(ch: string): string {
  if (ch.charCodeAt(0) >= 128) return `[${WIDE}]`;
  return `[${escaped(ch + ch.toUpperCase())}${WIDE}]`;
}

let hash1 = 0;
let hash2 = 0;

/**
 * Where the word that starts at `start` ends, with its hashes in hash1 and hash2; -1 if no word
 * starts there (a letter or digit comes before it, or none is there).
 */
function wordEnd(text: string, start: number): number {
  if (start > 0 && lowerOf(text.charCodeAt(start - 1)) >= 0) return -1;
  const n = text.length;
  let h1 = HASH1;
  let h2 = HASH2;
  let i = start;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    const c = code < 128 ? ASCII[code] : lowerOf(code);
    if (c < 0) break;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = (Math.imul(h2, 33) + c) | 0;
  }
  hash1 = h1;
  hash2 = h2;
  return i > start ? i : -1;
}
