import Fuse, { type IFuseOptions } from 'fuse.js';
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

/** Lower-cases, turns hyphens, underscores and dots into spaces, and drops possessives. */
export function normaliseQuery(text: string): string {
  return text.toLowerCase().replace(/[’']s\b/g, '').replace(/[\s\-_./]+/g, ' ').trim();
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
/** How many trigram candidates fuse.js scores for a query. */
const CANDIDATES = 120;

/** Character trigrams of " text ", for candidate selection. */
function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
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
  private readonly grams = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(concepts: readonly Concept[]) {
    for (const c of concepts) {
      const names = [c.title, c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases];
      const seen = new Set<string>();
      names.forEach((n, i) => {
        const key = normaliseQuery(n);
        if (!key || seen.has(key)) return;
        seen.add(key);
        this.forms.push({ concept: c, key, isTitle: i < 2 });
        const list = this.exact.get(key);
        if (!list) this.exact.set(key, [c]);
        else if (!list.includes(c)) list.push(c);
      });
    }
    this.forms.forEach((f, i) => {
      for (const g of new Set(trigrams(f.key))) {
        const list = this.grams.get(g);
        if (list) list.push(i);
        else this.grams.set(g, [i]);
      }
    });
    this.counts = new Uint16Array(this.forms.length);
  }

  /** The forms sharing the most trigrams with the query (at least a third of them). */
  private candidates(q: string): Form[] {
    const grams = [...new Set(trigrams(q))];
    const touched: number[] = [];
    for (const g of grams) {
      for (const i of this.grams.get(g) ?? []) {
        if (this.counts[i]++ === 0) touched.push(i);
      }
    }
    const min = Math.max(1, Math.floor(grams.length / 3));
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
