import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import type { Concept } from '../model';

export interface SearchHit {
  readonly concept: Concept;
  /** 0 is a perfect match; larger is worse (at most about 1.5). */
  readonly score: number;
}

interface Form {
  readonly concept: Concept;
  /** Normalised text: lower case, hyphens and underscores as spaces. */
  readonly key: string;
  readonly isTitle: boolean;
}

/** Lower-cases, turns spaces, hyphens, underscores, dots and slashes into single spaces, and drops possessives. */
export function normaliseQuery(text: string): string {
  const lower = text.toLowerCase();
  if (!NEEDS_NORMALISING.test(lower)) return lower;
  let out = '';
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const code = lower.charCodeAt(i);
    if (code === 32 || code === 45 || code === 95 || code === 46 || code === 47 || code === 9 || code === 10 || code === 13) {
      space = out.length > 0;
      continue;
    }
    // A possessive 's (or ’s) at the end of a word is dropped: LLM's → llm.
    if ((code === 39 || code === 0x2019) && lower.charCodeAt(i + 1) === 115 && !isWordCode(lower.charCodeAt(i + 2))) {
      i++;
      continue;
    }
    if (space) { out += ' '; space = false; }
    out += ch;
  }
  return out;
}

const NEEDS_NORMALISING = /[\s\-_./'’]/;

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
}

/** Singular guesses for a query's last word: llms → llm, biases → bias, vocabularies → vocabulary. */
function singulars(q: string): string[] {
  const out: string[] = [];
  if (q.endsWith('ies')) out.push(q.slice(0, -3) + 'y');
  if (q.endsWith('es')) out.push(q.slice(0, -2));
  if (q.endsWith('s') && !q.endsWith('ss')) out.push(q.slice(0, -1));
  return out;
}

const FUSE_OPTIONS: IFuseOptions<Form> = {
  keys: ['key'], includeScore: true, ignoreLocation: true, threshold: 0.34,
  minMatchCharLength: 2, shouldSort: true, isCaseSensitive: false, ignoreDiacritics: true,
};
/** Trigrams are hashed into this many buckets; a collision only adds a candidate. */
const BUCKETS = 1 << 16;
const bucketOf = (gram: number) => Math.imul(gram, 0x9e3779b1) >>> 16;
/** How many trigram candidates fuse.js scores for a query. */
const CANDIDATES = 120;

/**
 * Character trigrams of " text " as small integers (10 bits a character: exact for ASCII, a
 * harmless collision otherwise, since trigrams only pick candidates), for candidate selection.
 */
function trigrams(text: string, each: (gram: number) => void): void {
  const n = text.length + 2;
  let a = 32;
  let b = text.length ? text.charCodeAt(0) & 1023 : 32;
  for (let i = 2; i < n; i++) {
    const c = i === n - 1 ? 32 : text.charCodeAt(i - 1) & 1023;
    each((a << 20) | (b << 10) | c);
    a = b;
    b = c;
  }
}

/**
 * The look-up's ranking: exact names, aliases and acronyms first; then word prefixes
 * ("tokeniz"); then fuse.js's typo-tolerant matching over titles and aliases. fuse.js scores
 * only the forms that share the most character trigrams with the query, so a keystroke costs
 * the same whatever the size of the knowledge base.
 */
export class ConceptSearch {
  private readonly exact = new Map<string, Concept[]>();
  private readonly forms: Form[] = [];
  /** Trigram buckets → forms, as offsets into one postings array (built once, no per-trigram arrays). */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly counts: Uint16Array;

  constructor(concepts: readonly Concept[]) {
    for (const c of concepts) {
      const paren = c.title.indexOf(' (');
      this.addForm(c, c.title, true);
      if (paren > 0) this.addForm(c, c.title.slice(0, paren), true);
      for (const a of c.aliases) this.addForm(c, a, false);
    }
    [this.offsets, this.postings] = this.buildPostings();
    this.counts = new Uint16Array(this.forms.length);
  }

  private addForm(concept: Concept, name: string, isTitle: boolean) {
    const key = normaliseQuery(name);
    if (!key) return;
    const list = this.exact.get(key);
    if (!list) this.exact.set(key, [concept]);
    else if (list.includes(concept)) return;
    else list.push(concept);
    this.forms.push({ concept, key, isTitle });
  }

  /** Two passes over the forms' trigram buckets: count, then fill. */
  private buildPostings(): [Int32Array, Int32Array] {
    const offsets = new Int32Array(BUCKETS + 1);
    const last = new Int32Array(BUCKETS);
    const each = (visit: (bucket: number, form: number) => void) => {
      last.fill(-1);
      this.forms.forEach((f, i) => trigrams(f.key, g => {
        const b = bucketOf(g);
        if (last[b] !== i) { last[b] = i; visit(b, i); }
      }));
    };
    each(b => { offsets[b + 1]++; });
    for (let b = 0; b < BUCKETS; b++) offsets[b + 1] += offsets[b];
    const postings = new Int32Array(offsets[BUCKETS]);
    const fill = offsets.slice(0, BUCKETS);
    each((b, i) => { postings[fill[b]++] = i; });
    return [offsets, postings];
  }

  /** The forms sharing the most trigrams with the query (at least a third of them). */
  private candidates(q: string): Form[] {
    const grams = new Set<number>();
    trigrams(q, g => grams.add(bucketOf(g)));
    const touched: number[] = [];
    for (const b of grams) {
      for (let k = this.offsets[b]; k < this.offsets[b + 1]; k++) {
        const i = this.postings[k];
        if (this.counts[i]++ === 0) touched.push(i);
      }
    }
    const min = Math.max(1, Math.floor(grams.size / 3));
    const ranked = touched.filter(i => this.counts[i] >= min).sort((a, b) => this.counts[b] - this.counts[a]).slice(0, CANDIDATES);
    for (const i of touched) this.counts[i] = 0;
    return ranked.map(i => this.forms[i]);
  }

  search(query: string, limit = 50): SearchHit[] {
    const q = normaliseQuery(query);
    if (!q) return [];
    const best = new Map<Concept, number>();
    const offer = (c: Concept, score: number) => {
      const prior = best.get(c);
      if (prior === undefined || score < prior) best.set(c, score);
    };
    for (const c of this.exact.get(q) ?? []) offer(c, 0);
    for (const s of singulars(q)) for (const c of this.exact.get(s) ?? []) offer(c, 0.01);
    if (q.length >= 2) {
      for (const f of this.forms) {
        if (f.key.startsWith(q)) offer(f.concept, 0.05 + 0.1 * (1 - q.length / f.key.length) + (f.isTitle ? 0 : 0.01));
        else if (q.length >= 3 && f.key.includes(' ' + q)) offer(f.concept, 0.2 + 0.1 * (1 - q.length / f.key.length));
      }
    }
    if (q.length >= 3 || best.size === 0) {
      const pool = this.candidates(q);
      for (const r of new Fuse(pool, FUSE_OPTIONS).search(q, { limit: Math.max(limit * 3, 60) })) {
        const lengthPenalty = Math.min(0.2, Math.abs(r.item.key.length - q.length) / 100);
        offer(r.item.concept, 0.3 + (r.score ?? 1) + lengthPenalty + (r.item.isTitle ? 0 : 0.02));
      }
    }
    return [...best]
      .map(([concept, score]) => ({ concept, score }))
      .sort((a, b) => a.score - b.score || a.concept.title.length - b.concept.title.length)
      .slice(0, limit);
  }
}
