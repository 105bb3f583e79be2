import type { Concept } from '../model';
import { firstKeys, isWordChar, mergeCamel, oneLetterSegment, plurals, scanForm, simpleKeys, singularBases } from './forms';
import { Join, isCompoundJoin, tokenize, type Segment } from './tokenize';

/**
 * Generic programming words: whatever a note says, they only match as a standalone word or
 * identifier, never as one segment of a compound (accessToken, useContext, Base64Encoder).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'token', 'tokenizer', 'vector', 'prompt', 'context', 'encoder', 'decoder', 'generator', 'transformer',
  'inference', 'completion', 'embedding', 'search', 'noise', 'parameters', 'weights', 'evaluation',
  'deployment', 'feedback', 'monitor', 'translation', 'classification', 'input', 'labels',
  'compute', 'bias', 'deploy', 'evaluate', 'monitoring', 'alignment', 'optimization',
]);

/** A gap between two form segments: any word joiner, or one exact punctuation. */
type Gap = '' | string;

interface Entry {
  readonly concept: Concept;
  /** Lower-case segments of the form. */
  readonly norms: readonly string[];
  readonly gaps: readonly Gap[];
  /** Exact segment texts for case-sensitive forms. */
  readonly exact: readonly string[] | undefined;
  /** Whether an ALL-CAPS spelling also counts (capitalised names like Bedrock → BEDROCK). */
  readonly upper: boolean;
  readonly standalone: boolean;
  /** A plural the index derived, which gives way to a form a note wrote out ("labeled examples"). */
  readonly derived: boolean;
}

export interface TermMatch {
  readonly concepts: readonly Concept[];
  /** Offsets in the line: [start, end) covers exactly the matched term. */
  readonly start: number;
  readonly end: number;
}

/** Search radius around the cursor: longer than any form, so lines of any length cost the same. */
const WINDOW = 256;

/** The most segments a term may have: matches start at most this many segments before the cursor. */
const MAX_TERM_SEGMENTS = 16;

/** The forms as one lower-case text, a line each, built on first use. */
interface FormText {
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

/**
 * Surface forms of concepts, keyed by their lower-case segments joined with spaces. Building it
 * only lists the forms. The first time a text segment could start a term, the forms beginning
 * with it are found with indexOf in their joined text and indexed with their variants (plurals,
 * camelCase merged). Matching extends a key segment by segment from each start near the cursor.
 */
export class TermIndex {
  private readonly byForm = new Map<string, Entry[]>();
  /** Text segment → whether a form starts with it (its forms are then in byForm). */
  private readonly starts = new Map<string, boolean>();
  /** Proper prefixes of the indexed forms' keys, to stop extending a key early. */
  private readonly prefixes = new Set<string>();
  private maxSegments = 1;
  /** Each form as written, and its concept. */
  private readonly forms: string[] = [];
  private readonly owners: Concept[] = [];
  private formText?: FormText;

  constructor(concepts: readonly Concept[]) {
    // Indexed loops: this runs once, before the engine has optimised anything, where for-of is slow.
    for (let i = 0; i < concepts.length; i++) {
      const c = concepts[i];
      if (!c.hover.enabled) continue;
      const { title, aliases } = c;
      const paren = title.indexOf(' (');
      this.forms.push(paren > 0 ? title.slice(0, paren) : title);
      this.owners.push(c);
      for (let k = 0; k < aliases.length; k++) {
        this.forms.push(aliases[k]);
        this.owners.push(c);
      }
    }
  }

  private text(): FormText {
    if (this.formText) return this.formText;
    const { forms } = this;
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
    if (LEADS_WITH_NON_WORD.test(joined)) for (let f = 0; f < forms.length; f++) if (!isWordChar(forms[f].charCodeAt(0))) odd.push(f);
    // Every capital, run of digits (twice: before and after it) and other character may start a
    // segment; a lower-case run only the first.
    let bound = 1;
    const shapes = `${joined}\n`.replace(LOWER_RUNS, '').replace(DIGITS, '00');
    for (let i = 0, j = 0; (j = shapes.indexOf('\n', i)) >= 0; i = j + 1) if (j - i + 1 > bound) bound = j - i + 1;
    return (this.formText = { lower, starts, aligned: !lowered, odd, added: new Uint8Array(forms.length), bound: Math.min(bound, MAX_TERM_SEGMENTS) });
  }

  /** The form whose line holds offset `at` of the text. */
  private formAt(at: number): number {
    const { starts } = this.formText!;
    let lo = 0;
    let hi = this.forms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Indexes the forms that can start with this text segment, once; false when none does. */
  private expand(norm: string): boolean {
    const known = this.starts.get(norm);
    if (known !== undefined) return known;
    const { lower, starts, aligned, odd, added } = this.text();
    let found = false;
    const consider = (f: number) => {
      const form = this.forms[f];
      const concept = this.owners[f];
      if (concept.hover.exclude.includes(form)) return;
      const { wordEnd, oneWord, simple } = scanForm(form);
      const keys = simple ? simpleKeys(form.slice(0, wordEnd).toLowerCase(), oneWord) : firstKeys(tokenize(form, 0, wordEnd), oneWord);
      if (!keys.includes(norm)) return;
      found = true;
      if (added[f]) return;
      added[f] = 1;
      this.addForm(concept, form);
    };
    for (const base of singularBases(norm)) {
      const needle = `\n${base}`;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const f = this.formAt(at + 1);
        // Only a form's own start counts (a form may hold a line break).
        if (starts[f] !== at + 1) continue;
        // Cheap tests first: the first word must end after the base or be cut there (by a
        // capital or a digit), and a one-letter base must be a one-letter segment.
        const form = this.forms[f];
        const next = form.charCodeAt(base.length);
        if (aligned && ((next >= 97 && next <= 122) || (base.length === 1 && !oneLetterSegment(form, 0)))) continue;
        consider(f);
      }
    }
    for (const f of odd) consider(f);
    this.starts.set(norm, found);
    return found;
  }

  private addForm(concept: Concept, form: string) {
    const caseSensitive = concept.hover.caseSensitive.includes(form);
    const standalone = concept.hover.standalone.includes(form);
    const segs = tokenize(form);
    if (segs.length === 0) return;
    const isGeneric = segs.length === 1 && GENERIC_WORDS.has(segs[0].norm);
    const upper = caseSensitive && form.length >= 5 && form !== form.toUpperCase();
    const alone = standalone || isGeneric;
    const gaps = segs.slice(1).map(s => (s.join === Join.Other ? s.sep : ''));
    const variants: { norms: string[]; raws: string[]; gaps: Gap[] }[] = [{ norms: segs.map(s => s.norm), raws: segs.map(s => s.raw), gaps }];
    // GenAI, LayerNorm, PyTorch: also as one segment, as written in lower case (genai, layernorm).
    if (segs.some(s => s.join === Join.Camel)) {
      const merged = mergeCamel(segs);
      variants.push({ norms: merged.map(s => s.toLowerCase()), raws: merged, gaps: merged.slice(1).map(() => '') });
    }
    for (const v of variants) {
      plurals(v.norms, v.raws).forEach(([norms, raws], k) => {
        this.insert({ concept, norms, gaps: v.gaps, exact: caseSensitive ? raws : undefined, upper, standalone: alone, derived: k > 0 });
      });
    }
  }

  private insert(entry: Entry) {
    const key = entry.norms.join(' ');
    const list = this.byForm.get(key);
    if (!list) this.byForm.set(key, [entry]);
    else if (!list.some(e => e.concept === entry.concept && sameEntry(e, entry))) list.push(entry);
    for (let k = 1, prefix = entry.norms[0]; k < entry.norms.length; k++) {
      this.prefixes.add(prefix);
      prefix = `${prefix} ${entry.norms[k]}`;
    }
    if (entry.norms.length > this.maxSegments) this.maxSegments = entry.norms.length;
  }

  /** The term under `character` in `line`, longest match first; undefined when there is none. */
  findAt(line: string, character: number): TermMatch | undefined {
    if (character < 0 || character >= line.length) return undefined;
    const [from, to] = windowAround(line, character);
    const segs = tokenize(line, from, to);
    // The segment under the cursor, or the next one when the cursor is between segments (the
    // "_" of latent_space, the space of "random noise"): a match must still cover the cursor.
    const cur = segs.findIndex(seg => character < seg.end);
    if (cur < 0) return undefined;
    let best: TermMatch | undefined;
    for (let s = Math.max(0, cur - this.text().bound + 1); s <= cur; s++) {
      if (segs[s].start > character) break;
      this.walk(segs, s, (e, concepts) => {
        const m = { concepts, start: segs[s].start, end: segs[e].end };
        if (m.end <= character) return;
        if (!best || m.end - m.start > best.end - best.start) best = m;
      });
    }
    return best;
  }

  /** Every term in a line, leftmost-longest, without overlaps. */
  findAll(line: string): TermMatch[] {
    const segs = tokenize(line);
    const out: TermMatch[] = [];
    for (let s = 0; s < segs.length;) {
      let bestEnd = -1;
      let bestConcepts: readonly Concept[] = [];
      this.walk(segs, s, (e, concepts) => {
        if (e > bestEnd) { bestEnd = e; bestConcepts = concepts; }
      });
      if (bestEnd < 0) { s++; continue; }
      out.push({ concepts: bestConcepts, start: segs[s].start, end: segs[bestEnd].end });
      s = bestEnd + 1;
    }
    return out;
  }

  /** Tries the forms that start at segment s, reporting each valid match end with its concepts. */
  private walk(segs: readonly Segment[], s: number, found: (end: number, concepts: readonly Concept[]) => void) {
    if (!this.expand(segs[s].norm)) return;
    let key = '';
    for (let e = s; e < segs.length && e - s < this.maxSegments; e++) {
      key = e === s ? segs[s].norm : `${key} ${segs[e].norm}`;
      const entries = this.byForm.get(key);
      if (entries) {
        let concepts: Concept[] | undefined;
        let written = false;
        for (const entry of entries) {
          if ((written && entry.derived) || !matches(entry, segs, s, e)) continue;
          if (!entry.derived && !written) { written = true; concepts = undefined; }
          if (!concepts) concepts = [entry.concept];
          else if (!concepts.includes(entry.concept)) concepts.push(entry.concept);
        }
        if (concepts) found(e, concepts);
      }
      // No longer form starts this way; a possessive ends a term ("LLM's context" is not "LLM context").
      if (!this.prefixes.has(key) || segs[e].end !== segs[e].stop) return;
    }
  }
}

function matches(entry: Entry, segs: readonly Segment[], s: number, e: number): boolean {
  for (let k = s + 1; k <= e; k++) {
    const gap = entry.gaps[k - s - 1];
    const seg = segs[k];
    if (gap === '' ? seg.join === Join.Other || seg.join === Join.None : seg.join !== Join.Other || seg.sep !== gap) return false;
  }
  if (entry.exact) {
    for (let k = s; k <= e; k++) {
      const want = entry.exact[k - s];
      const raw = segs[k].raw;
      if (raw !== want && !(entry.upper && raw === want.toUpperCase())) return false;
    }
  }
  if (entry.standalone) {
    if (isCompoundJoin(segs[s].join)) return false;
    if (e + 1 < segs.length && isCompoundJoin(segs[e + 1].join)) return false;
  }
  return true;
}

function sameEntry(a: Entry, b: Entry): boolean {
  return a.norms.join(' ') === b.norms.join(' ') && a.standalone === b.standalone && a.derived === b.derived && a.gaps.join('|') === b.gaps.join('|') && (a.exact ?? []).join('|') === (b.exact ?? []).join('|');
}

/** A slice of the line around the cursor that does not cut a word in two. */
function windowAround(line: string, character: number): [number, number] {
  if (line.length <= 2 * WINDOW) return [0, line.length];
  let from = Math.max(0, character - WINDOW);
  let to = Math.min(line.length, character + WINDOW);
  while (from > 0 && isWordChar(line.charCodeAt(from - 1)) && character - from < 4 * WINDOW) from--;
  while (to < line.length && isWordChar(line.charCodeAt(to)) && to - character < 4 * WINDOW) to++;
  return [from, to];
}
