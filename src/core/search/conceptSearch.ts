import Fuse from 'fuse.js';
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

/**
 * The look-up's ranking: exact names, aliases and acronyms first; then word prefixes
 * ("tokeniz"); then fuse.js's typo-tolerant matching over titles and aliases.
 */
export class ConceptSearch {
  private readonly exact = new Map<string, Concept[]>();
  private readonly forms: Form[] = [];
  private readonly fuse: Fuse<Form>;

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
    this.fuse = new Fuse(this.forms, {
      keys: ['key'], includeScore: true, ignoreLocation: true, threshold: 0.34,
      minMatchCharLength: 2, shouldSort: true, isCaseSensitive: false, ignoreDiacritics: true,
    });
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
      for (const r of this.fuse.search(q, { limit: Math.max(limit * 3, 60) })) {
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
