// The words of the notes' text, read with character-code loops: each distinct word is made a string
// once and numbered, and an occurrence is then only numbers. Also look-ups in sorted lists.

/** Per character code above ASCII: 2 + its lower-case code if it is a letter or digit, 1 if not; 0 until first read. */
let wide: Uint16Array | undefined;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The lower-case code of a letter or digit of any script, or -1 for any other character. */
export function lowerOf(c: number): number {
  if (c < 128) return ASCII[c];
  const table = (wide ??= new Uint16Array(65536));
  if (table[c] === 0) {
    const s = String.fromCharCode(c);
    table[c] = WORD_CHAR.test(s) ? 2 + s.toLowerCase().charCodeAt(0) : 1;
  }
  return table[c] - 2;
}

/** Per ASCII code, its lower-case code if it is a letter or digit, -1 if not. */
export const ASCII = Int16Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c + 32 : -1,
);

/** The starting values of a word's two hashes (FNV-1a and djb2). */
export const HASH1 = 0x811c9dc5 | 0;
export const HASH2 = 5381;

/**
 * The distinct words of text, each numbered when first read, in lower case. A word is found by its
 * length and two 32-bit hashes of its characters, in an open-addressing table of typed arrays:
 * two words alike in all three are as good as impossible, and no string is made to look one up.
 */
export class WordTable {
  readonly words: string[] = [];
  /** Per word, 1 if it is not searched (a stop word). */
  skipped = new Uint8Array(1 << 12);
  /** Per word: its two hashes and its length. */
  private hashes = new Int32Array(3 << 12);
  /** Word + 1 per slot, 0 for a free slot. */
  private slots = new Int32Array(1 << 13);

  constructor(
    private readonly skip: (word: string) => boolean,
    private readonly fold: (word: string) => string,
  ) {}

  /** The number of the word text[start, end), whose hashes are h1 and h2, added if new. */
  idOf(text: string, start: number, end: number, h1: number, h2: number): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] - 1;
      if (id < 0) return this.add(this.fold(text.slice(start, end)), h1, h2, length, slot);
      if (hashes[3 * id] === h1 && hashes[3 * id + 1] === h2 && hashes[3 * id + 2] === length) return id;
    }
  }

  private add(word: string, h1: number, h2: number, length: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (3 * id + 3 > this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.skipped = grown(this.skipped);
    }
    this.skipped[id] = this.skip(word) ? 1 : 0;
    this.hashes.set([h1, h2, length], 3 * id);
    this.slots[slot] = id + 1;
    if (2 * this.words.length > this.slots.length) this.rehash();
    return id;
  }

  private rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[3 * id] & mask;
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}

export function grown<T extends Int32Array | Uint8Array>(list: T): T {
  const bigger = new (list.constructor as new (length: number) => T)(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** The words of a sorted list that start with `prefix`: [from, to) in it. */
export function range(words: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(words, prefix, 0);
  return [from, lowerBound(words, prefix + '\uffff', from)];
}

function lowerBound(words: readonly string[], s: string, lo: number): number {
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
