// Searching the notes' text for a description or a question: which notes explain it, and the
// sentence of each that matches best.
import type { Concept } from '../model';
import { NotesText, Stems, words } from './notesIndex';
import { NOTE_FIELDS } from './noteText';
import { bm25, nearBonus, type Part, type Scored } from './notesScoring';
import { bestSentence, type Sentence } from './sentences';
import { Synonyms } from './synonyms';
import { editDistance } from './words';

export interface NotesHit {
  readonly concept: Concept;
  /** The note's relevance relative to the best hit: 1 for the best, less for the others. */
  readonly relevance: number;
  /** The note's sentence that matches the query best, with the matched words' ranges. */
  readonly sentence: Sentence;
}

/** A query word found in more than this share of the notes is dropped while rarer words remain. */
const COMMON_SHARE = 0.5;
/** A word being typed is read as a prefix from this many letters; shorter, it waits for more. */
const PREFIX_FROM = 3;
/** A query word in no note is matched with typos from this many letters. */
const FUZZY_FROM = 5;
const SYNONYM_WEIGHT = 0.5;
const PREFIX_WEIGHT = 0.6;
const TYPO_WEIGHT = 0.7;
const MAX_QUERY_WORDS = 12;
/** How many of the best notes are checked for query terms close together. */
const RERANKED = 60;

/**
 * The notes search (BM25F over names, summary, exam tips and body, weighted in that order).
 * Nothing is tokenized ahead: a query word's occurrences are found with indexOf over the notes'
 * lower-case text when first needed and kept, and a word being typed narrows the list of its
 * shorter self, so a keystroke costs little. Words match by their Porter stems; the last word,
 * unless followed by a space, also as the start of longer words; a word no note has, with a typo
 * or two. Stop words are dropped, and names of concepts in the query add the words of their
 * other names (RAG → retrieval augmented generation). A note scores the weighted sum of its
 * terms' scores, plus a share of them for consecutive query terms it has close together.
 */
export class NotesSearch {
  private text?: NotesText;
  private synonyms?: Synonyms;
  private readonly stems = new Stems();
  private readonly cache = new Map<string, Scored>();
  private readonly sums: Float64Array;
  private readonly counts: Uint8Array;
  private tf: Float64Array;

  constructor(private readonly concepts: readonly Concept[]) {
    this.sums = new Float64Array(concepts.length);
    this.counts = new Uint8Array(concepts.length);
    this.tf = new Float64Array(concepts.length * NOTE_FIELDS.length);
  }

  search(query: string, limit = 20): NotesHit[] {
    const list = words(query).slice(0, MAX_QUERY_WORDS);
    if (!list.length || limit <= 0) return [];
    this.text ??= new NotesText(this.concepts);
    const typing = !/[\s\p{P}]$/u.test(query);
    const parts: Part[] = [];
    const seen = new Set<string>();
    const shown: string[] = [];
    list.forEach((w, i) => {
      const last = typing && i === list.length - 1;
      const term = this.stems.term(w);
      if (!term || seen.has(term) || (last && w.length < PREFIX_FROM && list.length > 1)) return;
      seen.add(term);
      shown.push(w);
      parts.push({ scored: this.scored(w, term, last ? 'prefix' : 'word'), weight: 1 });
    });
    const n = this.concepts.length;
    const rare = parts.filter(p => p.scored.notes.length <= n * COMMON_SHARE || n < 20);
    const kept = rare.length ? rare : parts;
    for (const term of (this.synonyms ??= new Synonyms(this.concepts)).expand(list, w => this.stems.term(w))) {
      if (seen.has(term)) continue;
      seen.add(term);
      kept.push({ scored: this.scored(term, term, 'stem'), weight: SYNONYM_WEIGHT });
    }
    return this.rank(kept, limit, shown, typing);
  }

  private rank(parts: readonly Part[], limit: number, shown: readonly string[], typing: boolean): NotesHit[] {
    const { sums, counts } = this;
    const touched: number[] = [];
    for (const { scored, weight } of parts) {
      for (let k = 0; k < scored.notes.length; k++) {
        const d = scored.notes[k];
        if (counts[d] === 0) {
          touched.push(d);
          sums[d] = 0;
        }
        sums[d] += weight * scored.scores[k];
        counts[d]++;
      }
    }
    for (const d of touched) counts[d] = 0;
    touched.sort((a, b) => sums[b] - sums[a] || a - b);
    nearBonus(
      this.sums,
      parts.filter(p => p.weight === 1).map(p => p.scored),
      touched.slice(0, RERANKED),
    );
    touched.sort((a, b) => sums[b] - sums[a] || a - b);
    const top = touched.slice(0, limit);
    const best = top.length ? sums[top[0]] : 1;
    const prefix = typing ? shown[shown.length - 1] : undefined;
    const wanted = new Set(shown.map(w => this.stems.term(w)));
    const match = (word: string, t: string) =>
      wanted.has(t) ? t : prefix && word.startsWith(prefix) ? this.stems.term(prefix) : undefined;
    const term = (word: string) => this.stems.term(word);
    // The sentence is found when first read: a caller may show only some of the hits.
    return top.map(d => {
      let sentence: Sentence | undefined;
      const concept = this.concepts[d];
      return {
        concept,
        relevance: sums[d] / best,
        get sentence() {
          return (sentence ??= bestSentence(concept, term, match));
        },
      };
    });
  }

  /**
   * A query word's scores: notes with its stem; as a prefix, also words it starts; failing both,
   * typos. In 'stem' mode, w is a stem itself (of a synonym), kept apart from a word spelt alike.
   */
  private scored(w: string, term: string, mode: 'word' | 'prefix' | 'stem'): Scored {
    const key = `${mode}:${w}`;
    let hit = this.cache.get(key);
    if (hit) return hit;
    let needle = w;
    while (needle.length > 2 && !term.startsWith(needle)) needle = needle.slice(0, -1);
    hit = this.score(
      needle.length >= 2 ? needle : w,
      word => {
        if (this.stems.term(word) === term) return 1;
        return mode === 'prefix' && word.startsWith(w) ? PREFIX_WEIGHT : 0;
      },
      mode === 'stem' ? undefined : w,
    );
    if (!hit.notes.length && w.length >= FUZZY_FROM) hit = this.typos(w);
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(key, hit);
    return hit;
  }

  /** Words of the notes that start with w's first two letters and are one edit away (two from 8 letters). */
  private typos(w: string): Scored {
    const max = w.length >= 8 ? 2 : 1;
    const verdicts = new Map<string, number>();
    return this.score(w.slice(0, 2), word => {
      let v = verdicts.get(word);
      if (v === undefined) verdicts.set(word, (v = editDistance(w, word, max) <= max ? TYPO_WEIGHT : 0));
      return v;
    });
  }

  /**
   * BM25F over the occurrences of words starting with `needle`, each counted as `weigh` says
   * (`exact`, a word that counts 1, is recognised without asking it).
   */
  private score(needle: string, weigh: (word: string) => number, exact?: string): Scored {
    const F = NOTE_FIELDS.length;
    if (this.tf.length < this.concepts.length * F) this.tf = new Float64Array(this.concepts.length * F);
    return bm25(this.text!, this.concepts.length, this.tf, needle, weigh, exact);
  }
}
