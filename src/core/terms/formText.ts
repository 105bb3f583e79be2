// The forms of a term index as one lower-case text, a line each, searched with indexOf.
import { isWordChar } from './forms';

/** The most segments a term may have: matches start at most this many segments before the cursor. */
export const MAX_TERM_SEGMENTS = 16;

/** The forms as one lower-case text, a line each, built on first use. */
export interface FormText {
  readonly lower: string;
  /** Where form f's line starts in `lower`. */
  readonly starts: Int32Array;
  /** Whether lower-casing kept every form's length (it does unless a form has a letter like "İ"). */
  readonly aligned: boolean;
  /** Forms that start with punctuation, which a search for a line's first word cannot find. */
  readonly odd: readonly number[];
  /** Forms already in the index. */
  readonly added: Uint8Array;
  /** An upper bound on any form's segments (at most MAX_TERM_SEGMENTS). */
  readonly bound: number;
}

const LEADS_WITH_NON_WORD = /(?:^|\n)[^0-9A-Za-z\u0080-\uffff]/;
/** Lower-case runs, and the index after each form, which start no segment. */
const LOWER_RUNS = /[a-z]+|\t[0-9]+/g;
const DIGITS = /[0-9]+/g;

/** Lists the forms in one lower-case text, for indexOf. */
export function buildFormText(forms: readonly string[]): FormText {
  const joined = forms.join('\n');
  let lower = `\n${joined.toLowerCase()}\n`;
  // Lower-casing may change the length of a few letters ("İ"); then forms are lower-cased one by one.
  const lowered = lower.length === joined.length + 2 ? undefined : forms.map(f => f.toLowerCase());
  if (lowered) lower = `\n${lowered.join('\n')}\n`;
  const starts = new Int32Array(forms.length + 1);
  for (let f = 0, at = 1; f <= forms.length; f++) {
    starts[f] = at;
    if (f < forms.length) at += (lowered ? lowered[f] : forms[f]).length + 1;
  }
  const odd: number[] = [];
  if (LEADS_WITH_NON_WORD.test(joined))
    for (let f = 0; f < forms.length; f++) if (!isWordChar(forms[f].charCodeAt(0))) odd.push(f);
  // Every capital, run of digits (twice: before and after it) and other character may start a
  // segment; a lower-case run only the first.
  let bound = 1;
  const shapes = `${joined}\n`.replace(LOWER_RUNS, '').replace(DIGITS, '00');
  for (let i = 0, j = 0; (j = shapes.indexOf('\n', i)) >= 0; i = j + 1) if (j - i + 1 > bound) bound = j - i + 1;
  return {
    lower,
    starts,
    aligned: !lowered,
    odd,
    added: new Uint8Array(forms.length),
    bound: Math.min(bound, MAX_TERM_SEGMENTS),
  };
}
