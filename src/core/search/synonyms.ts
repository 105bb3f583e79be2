// Synonyms from the notes themselves: a concept's names stand for one another in a query.

/** The longest name, in words, looked for in a query. */
const MAX_NAME_WORDS = 5;

/** Finds concepts by a whole name, as normaliseQuery reads names (the look-up's name index). */
export interface NameIndex {
  /** The indexes of the concepts one of whose names reads exactly as `form`. */
  conceptsNamed(form: string): readonly number[];
  /** A concept's names (title, the title without its parenthesis, aliases), as normaliseQuery reads them. */
  namesOf(concept: number): readonly string[];
}

/**
 * Every name of every concept (title, the title without its parenthesis, aliases) stands for
 * the words of the concept's other names. A query that says "PII" also looks for "personally
 * identifiable information", and one that says "retrieval augmented generation" also for "RAG".
 * Names are found with the look-up's name index, so nothing is built for them here.
 */
export class Synonyms {
  constructor(private readonly names: NameIndex) {}

  /** The terms of the other names of every name the query's words (as normaliseQuery reads them) contain. */
  expand(queryWords: readonly string[], term: (word: string) => string): string[] {
    const out = new Set<string>();
    for (let n = Math.min(MAX_NAME_WORDS, queryWords.length); n >= 1; n--) {
      for (let i = 0; i + n <= queryWords.length; i++) {
        const key = queryWords.slice(i, i + n).join(' ');
        if (key.length < 2) continue;
        for (const c of this.names.conceptsNamed(key)) {
          for (const name of this.names.namesOf(c)) {
            if (name === key || name.split(' ').length > MAX_NAME_WORDS) continue;
            for (const w of name.split(' ')) {
              const t = term(w);
              if (t) out.add(t);
            }
          }
        }
      }
    }
    return [...out];
  }
}
