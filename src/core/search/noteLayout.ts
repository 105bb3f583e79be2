// Where a note's searchable fields lie: each field's length, where its words' positions start, and
// which parts of its body are links' targets (not read) or exam tips (read for the tips field).
import type { Concept } from '../model';
import { NOTE_FIELDS, TIP } from './noteText';

export const [NAMES, SUMMARY, TIPS, BODY] = NOTE_FIELDS.map((_, f) => f);
const F = NOTE_FIELDS.length;
/** An exam tip, where a line starts with ">". */
const TIP_AT = new RegExp(TIP.source, 'imy');

/**
 * A note's searchable texts in reading order: its title and aliases (names), summary and body,
 * each with its field and the position of its first character among the note's characters.
 */
export function eachField(c: Concept, read: (text: string, field: number, base: number) => void) {
  const { title, aliases, summary } = c;
  read(title, NAMES, 0);
  let base = title.length + 1;
  for (let k = 0; k < aliases.length; k++) {
    read(aliases[k], NAMES, base);
    base += aliases[k].length + 1;
  }
  read(summary, SUMMARY, base);
  read(c.body, BODY, base + summary.length + 1);
}

/** A body's links' targets and exam tips, as sorted [start, end) pairs, where it has any. */
export interface BodyRanges {
  readonly links?: Int32Array;
  readonly tips?: Int32Array;
}

/** The notes' layouts, each worked out when first asked for and kept. */
export class NoteLayout {
  private readonly bodies: (BodyRanges | undefined)[];
  /** Per note and field, its length in characters (tips counted apart from the body). */
  private readonly lengths: Float64Array;
  private relative?: Float64Array;

  constructor(private readonly concepts: readonly Concept[]) {
    this.bodies = new Array(concepts.length);
    this.lengths = new Float64Array(concepts.length * F);
  }

  /** Note d's body's ranges. */
  of(d: number): BodyRanges {
    return (this.bodies[d] ??= this.measure(d));
  }

  /** Per note and field, its length relative to the field's average over every note. */
  relativeLengths(): Float64Array {
    if (this.relative) return this.relative;
    const n = this.concepts.length;
    for (let d = 0; d < n; d++) this.of(d);
    const totals = new Float64Array(F);
    this.lengths.forEach((l, i) => (totals[i % F] += l));
    return (this.relative = this.lengths.map((l, i) => l / Math.max(1e-9, totals[i % F] / Math.max(1, n))));
  }

  private measure(d: number): BodyRanges {
    const { title, aliases, summary, body } = this.concepts[d];
    const at = d * F;
    let names = title.length + 1;
    for (let k = 0; k < aliases.length; k++) names += aliases[k].length + 1;
    this.lengths[at + NAMES] = names;
    this.lengths[at + SUMMARY] = summary.length + 1;
    this.lengths[at + BODY] = body.length + 1;
    const tips = body.includes('xam tip') ? ranges(body, '>', TIP_AT, lineStart) : undefined;
    for (let k = 0; tips && k < tips.length; k += 2) {
      this.lengths[at + TIPS] += tips[k + 1] - tips[k] + 1;
      this.lengths[at + BODY] -= tips[k + 1] - tips[k];
    }
    return { links: linkTargets(body), tips };
  }
}

/**
 * Links' targets, not read as words: each "](" up to the first ")" after it, where no line break
 * comes first (as /\]\([^)\n]*\)/g finds them). The next ")" and line break are kept between
 * links, so that no character is read twice.
 */
function linkTargets(text: string): Int32Array | undefined {
  let out: number[] | undefined;
  let close = -1;
  let line = -1;
  for (let i = text.indexOf(']('); i >= 0; i = text.indexOf('](', i + 1)) {
    if (close < i + 2 && (close = text.indexOf(')', i + 2)) < 0) break;
    if (line < i + 2 && (line = text.indexOf('\n', i + 2)) < 0) line = text.length;
    if (line < close) continue;
    (out ??= []).push(i, close + 1);
    i = close;
  }
  return out && Int32Array.from(out);
}

/**
 * The [start, end) ranges of a sticky expression's matches in text, in order and apart, as a
 * global one finds them; tried only where `lead` is, and where `at` allows a match.
 */
function ranges(
  text: string,
  lead: string,
  re: RegExp,
  at: (text: string, i: number) => boolean,
): Int32Array | undefined {
  let out: number[] | undefined;
  for (let i = text.indexOf(lead); i >= 0; i = text.indexOf(lead, i + 1)) {
    if (!at(text, i)) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    (out ??= []).push(i, i + m[0].length);
    i += m[0].length - 1;
  }
  return out && Int32Array.from(out);
}

/** Whether a line starts at i, as ^ reads it in a multiline expression. */
function lineStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return i === 0 || c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * Where the word starting at `start` of a body counts: -1 inside a link's target, TIPS inside an
 * exam tip, else BODY. `cursor` keeps the place in both lists between calls for words in order.
 */
export function bodyFieldAt(ranges: BodyRanges, start: number, cursor: Int32Array): number {
  const { links, tips } = ranges;
  if (links) {
    let s = cursor[0];
    while (s < links.length && links[s + 1] <= start) s += 2;
    cursor[0] = s;
    if (s < links.length && links[s] <= start) return -1;
  }
  if (tips) {
    let t = cursor[1];
    while (t < tips.length && tips[t + 1] <= start) t += 2;
    cursor[1] = t;
    if (t < tips.length && tips[t] <= start) return TIPS;
  }
  return BODY;
}
