import type { Concept } from '../model';
import type { Sentence } from './sentences';
import { formLines, FuzzyForms, type FormLines } from './fuzzyForms';
import { Recent } from './recent';
import { Scores, Tally } from './tally';
import { normaliseQuery, singulars } from './words';
import { buildDictionary, dictionaryMatches, POSITIONS, scanForms, type Dictionary } from './formWords';

export { normaliseQuery };

export interface SearchHit {
  readonly concept: Concept;
  /** 0 is a perfect match; larger is worse (names at most about 1.5, notes matches from 2 to 3). */
  readonly score: number;
  /** Set for a match in the notes' text rather than the names: the sentence that matched. */
  readonly inNotes?: Sentence;
}

/** Words that barely count against a form when the query has them and the form does not. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'and',
  'for',
  'in',
  'on',
  'is',
  'what',
  'how',
  'with',
  'vs',
  'my',
  'using',
  'use',
]);
/** Query words whose dictionary matches are kept, the most recently used. */
const WORD_MATCHES_KEPT = 2000;
/** Only so many query words are matched; the rest of a pasted sentence is ignored. */
const MAX_QUERY_WORDS = 8;

/** A query word matching a form word at another position (word order). */
const ORDER_COST = 0.02;
/** A concept matching the query only across several of its names. */
const MIXED_COST = 0.04;

/** A form matching once spaces are dropped. */
const SQUEEZED_SCORE = 0.02;
/** A query whose words match this well is not also tried with its spaces dropped. */
const WELL_MATCHED = 0.1;
/** Below this score a word match is good enough that the fuzzy fallback is skipped. */
const GOOD_ENOUGH = 0.45;
/** A fuse.js score s (0 best, 1 worst) ranks as FUZZY_BASE + FUZZY_SPAN × s. */
const FUZZY_BASE = 0.3;
const FUZZY_SPAN = 0.7;

/**
 * The look-up's ranking. Exact names, aliases and acronyms come first (also written without
 * spaces: "vectordb", "sage maker"); then forms scored word by word: each query word matches a
 * form word exactly, as a singular, by its stem, as a prefix ("tokeniz") or with a typo or two,
 * so punctuation, word order and extra words matter little, and a concept may also cover the
 * query's words across its different names ("classic machine learning"). Queries that no word
 * matches well fall back to fuzzy matching: fuse.js ranks the forms closest in character trigrams.
 *
 * Building it only normalises the forms. The word dictionary, with where each word occurs, is
 * built by the first query of two or more characters (a first keystroke scans the forms
 * instead), the spaceless forms by the first query of four, and the fallback's joined text when
 * first needed.
 */
export class ConceptSearch {
  private readonly keys: string[] = [];
  private readonly formConcept: number[] = [];
  private readonly formTitle: number[] = [];
  /** Where each concept's forms start in keys (they are added concept by concept). */
  private readonly firstForm: Int32Array;
  private dictionary?: Dictionary;
  private readonly wordMatchCache = new Recent<string, Float64Array>(WORD_MATCHES_KEPT);
  /** The forms as the lines of one string, and the form of each of its characters, for trigram counting. */
  private lines?: FormLines;
  private squeezedKeys?: string[];
  private fuzzy?: FuzzyForms;
  private tallies?: { forms: Tally; concepts: Tally; best: Scores; formMatched: Uint8Array };

  constructor(private readonly concepts: readonly Concept[]) {
    this.firstForm = new Int32Array(concepts.length + 1);
    // Indexed loops: this runs once, before the engine has optimised anything, where for-of is slow.
    for (let i = 0; i < concepts.length; i++) {
      this.firstForm[i] = this.keys.length;
      const { title, aliases } = concepts[i];
      this.addForm(i, title, 1);
      const paren = title.indexOf(' (');
      if (paren > 0) this.addForm(i, title.slice(0, paren), 1);
      for (let k = 0; k < aliases.length; k++) this.addForm(i, aliases[k], 0);
    }
    this.firstForm[concepts.length] = this.keys.length;
  }

  private addForm(concept: number, name: string, isTitle: number) {
    const key = normaliseQuery(name);
    if (!key) return;
    this.keys.push(key);
    this.formConcept.push(concept);
    this.formTitle.push(isTitle);
  }

  /** `fallback: false` skips the fuzzy fallback for queries no word matches well. */
  search(query: string, limit = 50, fallback = true): SearchHit[] {
    const q = normaliseQuery(query);
    if (!q) return [];
    const t = (this.tallies ??= {
      forms: new Tally(this.keys.length),
      concepts: new Tally(this.concepts.length),
      best: new Scores(this.concepts.length),
      formMatched: new Uint8Array(this.concepts.length),
    });
    const best = t.best;
    best.start();
    const exact = (key: string, score: number, keys = this.keys) => {
      for (let f = keys.indexOf(key); f >= 0; f = keys.indexOf(key, f + 1)) best.offer(this.formConcept[f], score);
    };
    exact(q, 0);
    for (const s of singulars(q)) exact(s, 0.01);
    const squeezed = q.includes(' ') ? q.replace(/ /g, '') : q;
    if (squeezed !== q) exact(squeezed, SQUEEZED_SCORE);
    this.wordMatches(q.split(' ', MAX_QUERY_WORDS));
    if (q.length >= 4 && best.top > WELL_MATCHED) {
      // Words run together ("vectordb", "labelclus"): the forms without their spaces.
      const keys = (this.squeezedKeys ??= this.keys.join('\n').replace(/ /g, '').split('\n'));
      keys.forEach((key, f) => {
        if (key.startsWith(squeezed))
          best.offer(
            this.formConcept[f],
            key.length === squeezed.length ? SQUEEZED_SCORE : 0.12 + 0.1 * (1 - squeezed.length / key.length),
          );
      });
    }
    if (fallback && q.length >= 4 && best.top > GOOD_ENOUGH) {
      (this.fuzzy ??= new FuzzyForms(this.lineText(), this.keys)).matches(q, (f, score) =>
        best.offer(this.formConcept[f], FUZZY_BASE + FUZZY_SPAN * score + (this.formTitle[f] ? 0 : 0.02)),
      );
    }
    const titleLength = (c: number) => this.concepts[c].title.length;
    return best.touched
      .sort((a, b) => best.get(a) - best.get(b) || titleLength(a) - titleLength(b) || a - b)
      .slice(0, limit)
      .map(c => ({ concept: this.concepts[c], score: best.get(c) }));
  }

  /**
   * Scores every form that shares a word with the query: the weighted share of the query its
   * words miss (a matched word misses only its cost), plus a little for each form word the
   * query leaves out; and every concept whose names together match more query words than any
   * one of them.
   */
  private wordMatches(qWords: readonly string[]) {
    const { forms, concepts, best, formMatched } = this.tallies!;
    forms.start();
    concepts.start();
    let total = 0;
    const n = this.concepts.length;
    const scan = !this.dictionary && qWords.length === 1 && qWords[0].length === 1;
    qWords.forEach((w, i) => {
      forms.startWord();
      concepts.startWord();
      const at = Math.min(i, POSITIONS - 1);
      // A last word of one or two letters is still being typed: it only narrows what the words before it found.
      const narrow = i > 0 && i === qWords.length - 1 && w.length <= 2;
      const found = (f: number, position: number, cost: number) => {
        if (narrow && !forms.has(f)) return;
        const c = cost + (position === at ? 0 : ORDER_COST);
        forms.note(f, c);
        concepts.note(this.formConcept[f], c);
      };
      if (scan) scanForms(this.keys, w, found);
      else this.matchWord(w, i === qWords.length - 1, found);
      // A word says more about what is meant the longer it is and the fewer concepts it matches.
      const weight = STOP_WORDS.has(w)
        ? 0.3
        : (0.5 + Math.log((n + 1) / (concepts.matchedNow + 1))) * Math.sqrt(w.length);
      total += weight;
      forms.endWord(weight);
      concepts.endWord(weight);
    });
    for (let k = 0; k < concepts.touched.length; k++) formMatched[concepts.touched[k]] = 0;
    for (let k = 0; k < forms.touched.length; k++) {
      const f = forms.touched[k];
      const extra = Math.max(0, this.wordCount(f) - forms.matched[f]);
      const c = this.formConcept[f];
      best.offer(
        c,
        0.05 + 0.9 * (1 - forms.gain[f] / total) + 0.03 * Math.min(extra, 6) + (this.formTitle[f] ? 0 : 0.01),
      );
      if (forms.matched[f] > formMatched[c]) formMatched[c] = forms.matched[f];
    }
    for (let k = 0; k < concepts.touched.length; k++) {
      const c = concepts.touched[k];
      if (concepts.matched[c] > formMatched[c]) best.offer(c, 0.05 + MIXED_COST + 0.9 * (1 - concepts.gain[c] / total));
    }
  }

  /** The indexes of the concepts one of whose names reads exactly as `form` (a normalised query). */
  conceptsNamed(form: string): number[] {
    const { ids, postings } = (this.dictionary ??= buildDictionary(this.keys));
    const list = postings[ids.get(form.split(' ', 1)[0]) ?? -1] ?? [];
    const out: number[] = [];
    for (let k = 0; k < list.length; k++) {
      const f = (list[k] / POSITIONS) | 0;
      const c = this.formConcept[f];
      if (list[k] % POSITIONS === 0 && this.keys[f] === form && !out.includes(c)) out.push(c);
    }
    return out;
  }

  /** A concept's names (title, the title without its parenthesis, aliases), normalised. */
  namesOf(concept: number): readonly string[] {
    return this.keys.slice(this.firstForm[concept], this.firstForm[concept + 1]);
  }

  private lineText(): FormLines {
    return (this.lines ??= formLines(this.keys));
  }

  private wordCount(f: number): number {
    const key = this.keys[f];
    let n = 1;
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
    return n;
  }

  /** Calls found(form, position, cost) for every form word the query word w matches. */
  private matchWord(w: string, last: boolean, found: (form: number, position: number, cost: number) => void) {
    const { postings } = (this.dictionary ??= buildDictionary(this.keys));
    // The dictionary words a query word matches are kept: typing changes only the last word.
    const key = (last ? '1' : '0') + w;
    let matches = this.wordMatchCache.get(key);
    if (!matches) {
      this.wordMatchCache.set(key, (matches = dictionaryMatches(this.dictionary!, w, last)));
    }
    for (let m = 0; m < matches.length; m += 2) {
      const id = matches[m];
      const list = postings[id];
      for (let k = 0; k < list.length; k++) {
        const p = list[k];
        const f = (p / POSITIONS) | 0;
        found(f, p - f * POSITIONS, matches[m + 1]);
      }
    }
  }
}
