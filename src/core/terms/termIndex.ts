import type { Concept } from '../model';
import { Join, isCompoundJoin, tokenize, type Segment } from './tokenize';

/**
 * Generic programming words: whatever a note says, they only match as a standalone word or
 * identifier, never as one segment of a compound (accessToken, useContext, Base64Encoder).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'token', 'tokenizer', 'vector', 'prompt', 'context', 'encoder', 'decoder', 'generator', 'transformer',
  'inference', 'completion', 'embedding', 'search', 'noise', 'parameters', 'weights', 'evaluation',
  'deployment', 'feedback', 'monitor', 'translation', 'classification', 'input', 'loss', 'labels',
  'compute', 'bias', 'deploy', 'evaluate', 'monitoring', 'alignment', 'optimization', 'vocab',
]);

/** A gap between two form segments: any word joiner, or one exact punctuation. */
type Gap = '' | string;

interface Entry {
  readonly concept: Concept;
  readonly gaps: readonly Gap[];
  /** Exact segment texts for case-sensitive forms. */
  readonly exact: readonly string[] | undefined;
  /** Whether an ALL-CAPS spelling also counts (capitalised names like Bedrock → BEDROCK). */
  readonly upper: boolean;
  readonly standalone: boolean;
}

interface Node {
  readonly next: Map<string, Node>;
  readonly entries: Entry[];
}

export interface TermMatch {
  readonly concepts: readonly Concept[];
  /** Offsets in the line: [start, end) covers exactly the matched term. */
  readonly start: number;
  readonly end: number;
}

/** Search radius around the cursor: longer than any form, so lines of any length cost the same. */
const WINDOW = 256;

/** Surface forms of concepts in a token trie; matching walks it from each nearby segment. */
export class TermIndex {
  private readonly root: Node = { next: new Map(), entries: [] };
  private maxSegments = 1;

  constructor(concepts: readonly Concept[]) {
    for (const c of concepts) {
      if (!c.hover.enabled) continue;
      const forms = new Set([c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases]);
      for (const form of forms) {
        if (c.hover.exclude.includes(form)) continue;
        this.addForm(c, form, c.hover.caseSensitive.includes(form), c.hover.standalone.includes(form));
      }
    }
  }

  private addForm(concept: Concept, form: string, caseSensitive: boolean, standalone: boolean) {
    const segs = tokenize(form);
    if (segs.length === 0) return;
    const isGeneric = segs.length === 1 && GENERIC_WORDS.has(segs[0].norm);
    const base = { concept, upper: caseSensitive && form.length >= 5 && form !== form.toUpperCase(), standalone: standalone || isGeneric };
    const gaps = segs.slice(1).map(s => (s.join === Join.Other ? s.sep : ''));
    const variants: { norms: string[]; raws: string[]; gaps: Gap[] }[] = [{ norms: segs.map(s => s.norm), raws: segs.map(s => s.raw), gaps }];
    // GenAI, LayerNorm, PyTorch: also as one segment, as written in lower case (genai, layernorm).
    if (segs.some(s => s.join === Join.Camel)) {
      const merged = mergeCamel(segs);
      variants.push({ norms: merged.map(s => s.toLowerCase()), raws: merged, gaps: merged.slice(1).map(() => '') });
    }
    for (const v of variants) {
      for (const [norms, raws] of plurals(v.norms, v.raws)) {
        this.insert(norms, { ...base, gaps: v.gaps, exact: caseSensitive ? raws : undefined });
      }
    }
  }

  private insert(norms: readonly string[], entry: Entry) {
    let node = this.root;
    for (const n of norms) {
      let next = node.next.get(n);
      if (!next) node.next.set(n, (next = { next: new Map(), entries: [] }));
      node = next;
    }
    if (!node.entries.some(e => e.concept === entry.concept && sameEntry(e, entry))) node.entries.push(entry);
    this.maxSegments = Math.max(this.maxSegments, norms.length);
  }

  /** The term under `character` in `line`, longest match first; undefined when there is none. */
  findAt(line: string, character: number): TermMatch | undefined {
    if (character < 0 || character >= line.length) return undefined;
    const [from, to] = windowAround(line, character);
    const segs = tokenize(line, from, to);
    let cur = -1;
    for (let i = 0; i < segs.length; i++) {
      if (segs[i].start <= character && character < segs[i].end) { cur = i; break; }
      if (segs[i].start > character) break;
    }
    if (cur < 0) return undefined;
    let best: TermMatch | undefined;
    for (let s = Math.max(0, cur - this.maxSegments + 1); s <= cur; s++) {
      this.walk(segs, s, (e, concepts) => {
        if (e < cur) return;
        const m = { concepts, start: segs[s].start, end: segs[e].end };
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

  /** Walks the trie from segment s, reporting each valid match end with its concepts. */
  private walk(segs: readonly Segment[], s: number, found: (end: number, concepts: readonly Concept[]) => void) {
    let node: Node | undefined = this.root;
    for (let e = s; e < segs.length && node; e++) {
      if (e > s && segs[e - 1].end !== segs[e - 1].start + segs[e - 1].raw.length) break; // a possessive ends a term
      node = node.next.get(segs[e].norm);
      if (!node || node.entries.length === 0) continue;
      let concepts: Concept[] | undefined;
      for (const entry of node.entries) {
        if (!matches(entry, segs, s, e)) continue;
        if (!concepts) concepts = [entry.concept];
        else if (!concepts.includes(entry.concept)) concepts.push(entry.concept);
      }
      if (concepts) found(e, concepts);
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
  return a.standalone === b.standalone && a.gaps.join('|') === b.gaps.join('|') && (a.exact ?? []).join('|') === (b.exact ?? []).join('|');
}

function mergeCamel(segs: readonly Segment[]): string[] {
  const out: string[] = [];
  for (const s of segs) {
    if (s.join === Join.Camel && out.length) out[out.length - 1] += s.raw;
    else out.push(s.raw);
  }
  return out;
}

/** The form itself plus its plural forms (the possessive is handled by the tokenizer). */
function plurals(norms: readonly string[], raws: readonly string[]): [string[], string[]][] {
  const out: [string[], string[]][] = [[[...norms], [...raws]]];
  const last = norms[norms.length - 1];
  const lastRaw = raws[raws.length - 1];
  if (!/^[a-z]/.test(last) || last.length < 2) return out;
  const head = norms.slice(0, -1);
  const headRaw = raws.slice(0, -1);
  const add = (suffix: string, cut = 0) => out.push([[...head, last.slice(0, last.length - cut) + suffix], [...headRaw, lastRaw.slice(0, lastRaw.length - cut) + suffix]]);
  if (/(s|x|z|ch|sh)$/.test(last)) add('es');
  else if (/[^aeiou]y$/.test(last)) add('ies', 1);
  else add('s');
  return out;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
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
