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
  /** Each name, as its words joined by spaces, and the concepts it names. */
  private readonly named = new Map<string, number[]>();

  constructor(private readonly concepts: readonly Concept[]) {
    for (let c = 0; c < concepts.length; c++) {
      for (const name of names(concepts[c])) {
        const key = name.join(' ');
        if (key.length < 2) continue;
        const list = this.named.get(key);
        if (!list) this.named.set(key, [c]);
        else if (list[list.length - 1] !== c) list.push(c);
      }
    }
  }

  /** The terms of the other names of every name the query's words contain. */
  expand(queryWords: readonly string[], term: (word: string) => string): string[] {
    const out = new Set<string>();
    for (let n = Math.min(MAX_NAME_WORDS, queryWords.length); n >= 1; n--) {
      for (let i = 0; i + n <= queryWords.length; i++) {
        const key = queryWords.slice(i, i + n).join(' ');
        for (const c of this.named.get(key) ?? []) {
          for (const name of names(this.concepts[c])) {
            if (name.join(' ') === key) continue;
            for (const w of name) {
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

/** A concept's names (title, the title without its parenthesis, aliases) as lists of words. */
function names(c: Concept): string[][] {
  const paren = c.title.indexOf(' (');
  const all = paren > 0 ? [c.title, c.title.slice(0, paren), ...c.aliases] : [c.title, ...c.aliases];
  return all.map(nameWords).filter(n => n.length && n.length <= MAX_NAME_WORDS);
}

/** A name's words as a query's are read; names are short and mostly ASCII, read without regular expressions then. */
function nameWords(name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c >= 128) return words(name);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  // A possessive's s stands alone here: words() drops it.
  return out.some((w, i) => w === 's' && i > 0 && lower.includes("'s")) ? words(name) : out;
}
