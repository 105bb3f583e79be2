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
  /** Each name, as its words joined by spaces, and the concept it names, or a list if it names several. */
  private readonly named = new Map<string, number | number[]>();

  constructor(private readonly concepts: readonly Concept[]) {
    for (let c = 0; c < concepts.length; c++) {
      const all = names(concepts[c]);
      for (let k = 0; k < all.length; k++) {
        const key = all[k];
        if (key.length < 2) continue;
        const named = this.named.get(key);
        if (named === undefined) this.named.set(key, c);
        else if (typeof named === 'number') {
          if (named !== c) this.named.set(key, [named, c]);
        } else if (named[named.length - 1] !== c) named.push(c);
      }
    }
  }

  /** The terms of the other names of every name the query's words contain. */
  expand(queryWords: readonly string[], term: (word: string) => string): string[] {
    const out = new Set<string>();
    for (let n = Math.min(MAX_NAME_WORDS, queryWords.length); n >= 1; n--) {
      for (let i = 0; i + n <= queryWords.length; i++) {
        const key = queryWords.slice(i, i + n).join(' ');
        const named = this.named.get(key) ?? [];
        for (const c of typeof named === 'number' ? [named] : named) {
          for (const name of names(this.concepts[c])) {
            if (name === key) continue;
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

/**
 * A concept's names (title, the title without its parenthesis, aliases), each as its words
 * joined by spaces; none longer than MAX_NAME_WORDS.
 */
function names(c: Concept): string[] {
  const out: string[] = [];
  const add = (name: string) => {
    const key = nameKey(name);
    let spaces = 0;
    for (let i = key.indexOf(' '); i >= 0 && spaces < MAX_NAME_WORDS; i = key.indexOf(' ', i + 1)) spaces++;
    if (key && spaces < MAX_NAME_WORDS) out.push(key);
  };
  add(c.title);
  const paren = c.title.indexOf(' (');
  if (paren > 0) add(c.title.slice(0, paren));
  for (let k = 0; k < c.aliases.length; k++) add(c.aliases[k]);
  return out;
}

const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const ASCII = /^[\0-\x7f]*$/;
const OTHER_ASCII = /[^a-z0-9]+/g;

/**
 * A name's words as a query's are read, joined by spaces; names are short and mostly ASCII, read
 * without words() then.
 */
function nameKey(name: string): string {
  const lower = name.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  // A possessive's s is dropped by words().
  if (!ASCII.test(lower) || lower.includes("'s")) return words(name).join(' ');
  return lower.replace(OTHER_ASCII, ' ').trim();
}
