// Splits text into word segments the way identifiers are read: at spaces and punctuation, at
// camelCase / PascalCase humps, and at letter-digit boundaries. Hand-written over char codes:
// it runs on every hover, so it compiles no regular expression and allocates little.

/** How a segment is joined to the one before it. */
export const enum Join {
  /** Start of the scanned text. */
  None = 0,
  /** Whitespace (no line break inside a line). */
  Space = 1,
  Hyphen = 2,
  Underscore = 3,
  /** A case hump inside one word: fooBar, HTMLParser. */
  Camel = 4,
  /** A letter-digit boundary inside one word: gpt4, s3. */
  Digit = 5,
  /** Any other punctuation, kept in `sep`. */
  Other = 6,
}

/** One segment of the text. `raw` is read from the text only when asked for (case checks). */
export class Segment {
  constructor(
    private readonly text: string,
    /** Lower-case text, without a trailing possessive. */
    readonly norm: string,
    readonly start: number,
    /** End of the letters and digits (before a possessive). */
    readonly stop: number,
    /** End offset, including a possessive 's if there is one. */
    readonly end: number,
    readonly join: Join,
    /** For Join.Other: the punctuation between this segment and the previous, spaces removed. */
    readonly sep: string,
  ) {}

  /** The text as written, without a trailing possessive. */
  get raw(): string {
    return this.text.slice(this.start, this.stop);
  }
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;
/** The kind of each non-ASCII code unit, plus one, found on first sight (0: not yet looked at). */
const NON_ASCII_KINDS = new Uint8Array(0x10000);

function kind(code: number): 0 | 1 | 2 | 3 {
  // 0 other, 1 lower, 2 upper, 3 digit
  if (code >= 97 && code <= 122) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code >= 48 && code <= 57) return 3;
  if (code < 128) return 0;
  let k = NON_ASCII_KINDS[code];
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = NON_ASCII_KINDS[code] = !NON_ASCII_LETTER.test(ch) ? 1 : ch === ch.toLowerCase() ? 2 : 3;
  }
  return (k - 1) as 0 | 1 | 2;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** Segments of text[from, to). Offsets are absolute positions in text. */
export function tokenize(text: string, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  // Lower-case once; per segment only when lower-casing changed the length (some non-ASCII letters).
  const whole = text.length <= 4096 || to - from > text.length / 4;
  const lowered = whole ? text.toLowerCase() : text.slice(from, to).toLowerCase();
  const base = whole ? (lowered.length === text.length ? 0 : -1) : lowered.length === to - from ? from : -1;
  const seg = (start: number, stop: number, end: number, join: Join, sep: string) =>
    new Segment(
      text,
      base < 0 ? text.slice(start, stop).toLowerCase() : lowered.slice(start - base, stop - base),
      start,
      stop,
      end,
      join,
      sep,
    );
  let i = from;
  let pendingSep = '';
  let spaced = false;
  let first = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = kind(c);
    if (k === 0) {
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) pendingSep += text[i];
      else spaced = true;
      i++;
      continue;
    }
    // A word: a maximal run of letters and digits, cut into segments. A hyphen or underscore
    // joins two words only with no space beside it ("a - b" and "return _x" are not compounds).
    const join0 = first
      ? Join.None
      : pendingSep === ''
        ? Join.Space
        : spaced
          ? Join.Other
          : pendingSep === '-'
            ? Join.Hyphen
            : pendingSep === '_'
              ? Join.Underscore
              : Join.Other;
    const sep0 = join0 === Join.Other ? pendingSep : '';
    pendingSep = '';
    spaced = false;
    first = false;
    let segStart = i;
    let join = join0;
    let sep = sep0;
    let prev = k;
    let j = i + 1;
    for (; j < to; j++) {
      const cj = text.charCodeAt(j);
      const kj = kind(cj);
      if (kj === 0) break;
      let cut: Join.Camel | Join.Digit | 0 = 0;
      if ((prev === 3) !== (kj === 3)) cut = Join.Digit;
      else if (prev === 1 && kj === 2) cut = Join.Camel;
      else if (prev === 2 && kj === 2 && j + 1 < to && kind(text.charCodeAt(j + 1)) === 1) {
        // HTMLParser -> HTML | Parser, but keep acronym plurals together: LLMs, GPUs, GANs.
        const pluralS = text.charCodeAt(j + 1) === 115 && (j + 2 >= to || kind(text.charCodeAt(j + 2)) !== 1);
        if (!pluralS) cut = Join.Camel;
      }
      if (cut) {
        out.push(seg(segStart, j, j, join, sep));
        segStart = j;
        join = cut;
        sep = '';
      }
      prev = kj;
    }
    // Possessive: LLM's, model’s (the range keeps it, the norm drops it).
    let end = j;
    if (
      j + 1 < to &&
      isApostrophe(text.charCodeAt(j)) &&
      (text.charCodeAt(j + 1) === 115 || text.charCodeAt(j + 1) === 83) &&
      (j + 2 >= to || kind(text.charCodeAt(j + 2)) === 0)
    ) {
      end = j + 2;
    }
    out.push(seg(segStart, j, end, join, sep));
    i = end;
  }
  return out;
}

/** True when two segments are glued into one identifier (fooBar, foo_bar, foo-bar, gpt4). */
export function isCompoundJoin(join: Join): boolean {
  return join === Join.Camel || join === Join.Digit || join === Join.Underscore || join === Join.Hyphen;
}
