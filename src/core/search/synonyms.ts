// Synonyms from the notes themselves: a concept's names stand for one another in a query.
import type { Concept } from '../model';
import { words } from './notesIndex';

/** The longest name, in words, looked for in a query. */
const MAX_NAME_WORDS = 5;

/**
 * Every name of every concept (title, the title without its parenthesis, aliases) mapped to the
 * words of the concept's other names. A query that says "PII" also looks for "personally
 * identifiable information", and one that says "retrieval augmented generation" also for "RAG".
 */
export class Synonyms {
  private readonly others = new Map<string, string[]>();

  constructor(concepts: readonly Concept[]) {
    for (const c of concepts) {
      const paren = c.title.indexOf(' (');
      const names = [c.title, ...(paren > 0 ? [c.title.slice(0, paren)] : []), ...c.aliases]
        .map(n => words(n).filter(Boolean)).filter(n => n.length && n.length <= MAX_NAME_WORDS);
      for (const name of names) {
        const key = name.join(' ');
        if (key.length < 2) continue;
        const list = this.others.get(key) ?? [];
        for (const other of names) if (other.join(' ') !== key) list.push(...other);
        this.others.set(key, list);
      }
    }
  }

  /** The terms of the other names of every name the query's words contain. */
  expand(queryWords: readonly string[], term: (word: string) => string): string[] {
    const out = new Set<string>();
    for (let n = Math.min(MAX_NAME_WORDS, queryWords.length); n >= 1; n--) {
      for (let i = 0; i + n <= queryWords.length; i++) {
        const list = this.others.get(queryWords.slice(i, i + n).join(' '));
        if (!list) continue;
        for (const w of list) { const t = term(w); if (t) out.add(t); }
      }
    }
    return [...out];
  }
}
