// Searching the notes' text for a description or a question: which notes explain it, and the
// sentence of each that matches best.
import type { Concept } from '../model';
import { NotesText, Stems, words } from './notesIndex';
import { range } from './noteTokens';
import { bm25, nearBonus, Scratch, type Part, type Scored } from './notesScoring';
import { bestSentence, SentenceCache, type Sentence } from './sentences';
import { Recent } from './recent';
import { ConceptSearch } from './conceptSearch';
import { Synonyms, type NameIndex } from './synonyms';
import { editDistance, normaliseQuery } from './words';

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
/** Query words whose scores are kept, the most recently used. */
const SCORED_KEPT = 1000;
/** How many of the best notes are checked for query terms close together. */
const RERANKED = 60;

/**
 * The notes search (BM25F over names, summary, exam tips and body, weighted in that order). The
 * notes' words are found when first needed (see NotesText) and kept, so a keystroke reads no text
 * again; a query word's matches are found in the range of those words, sorted, that share its
 * start. Words match by their Porter stems; the last word, unless followed by a space, also as
 * the start of longer words; a word no note has, with a typo or two. Stop words are dropped, and
 * names of concepts in the query add the words of their other names (RAG → retrieval augmented
 * generation). A note scores the weighted sum of its terms' scores, plus a share of them for
 * consecutive query terms it has close together.
 */
export class NotesSearch {
  private text?: NotesText;
  private synonyms?: Synonyms;
  private readonly stems = new Stems();
  private readonly sentences = new SentenceCache();
  private readonly cache = new Recent<string, Scored>(SCORED_KEPT);
  private readonly sums: Float64Array;
  private readonly counts: Uint8Array;
  private readonly touched: Int32Array;
  private readonly scratch: Scratch;

  /** `names`: the look-up's name index, which finds the concepts a query names (one is made if not given). */
  constructor(
    private readonly concepts: readonly Concept[],
    private readonly names?: NameIndex,
  ) {
    this.sums = new Float64Array(concepts.length);
    this.counts = new Uint8Array(concepts.length);
    this.touched = new Int32Array(concepts.length);
    this.scratch = new Scratch(concepts.length);
  }

  /**
   * Reads up to `count` more notes' words, so that a caller can spread the index's making over
   * idle moments (a first search finds its own words in the text; later ones need every note
   * read); true when every note has been read.
   */
  prepare(count: number): boolean {
    return (this.text ??= new NotesText(this.concepts)).prepare(count);
  }

  search(query: string, limit = 20): NotesHit[] {
    const list = words(query).slice(0, MAX_QUERY_WORDS);
    if (!list.length || limit <= 0) return [];
    const text = (this.text ??= new NotesText(this.concepts));
    const typing = !/[\s\p{P}]$/u.test(query);
    const synonyms = (this.synonyms ??= new Synonyms(this.names ?? new ConceptSearch(this.concepts))).expand(
      normaliseQuery(query).split(' ', MAX_QUERY_WORDS),
      w => this.stems.term(w),
    );
    // The buckets of every word the query may look up (not its stop words), found in one scan.
    text.need([...list.filter(w => this.stems.term(w)), ...synonyms].map(w => w.slice(0, 2)));
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
    for (const term of synonyms) {
      if (seen.has(term)) continue;
      seen.add(term);
      kept.push({ scored: this.scored(term, term, 'stem'), weight: SYNONYM_WEIGHT });
    }
    return this.rank(kept, limit, shown, typing);
  }

  private rank(parts: readonly Part[], limit: number, shown: readonly string[], typing: boolean): NotesHit[] {
    const { sums, counts, touched } = this;
    let found = 0;
    for (const { scored, weight } of parts) {
      for (let k = 0; k < scored.notes.length; k++) {
        const d = scored.notes[k];
        if (counts[d] === 0) {
          counts[d] = 1;
          touched[found++] = d;
          sums[d] = 0;
        }
        sums[d] += weight * scored.scores[k];
      }
    }
    for (let k = 0; k < found; k++) counts[touched[k]] = 0;
    // Only the best notes are checked for phrases; the bonus only raises them, so they stay ahead of the rest.
    const top = best(touched, found, sums, Math.max(RERANKED, limit));
    nearBonus(
      sums,
      parts.filter(p => p.weight === 1).map(p => p.scored),
      top,
    );
    top.sort((a, b) => (sums[a] === sums[b] ? a - b : sums[b] > sums[a] ? 1 : -1));
    top.length = Math.min(top.length, limit);
    const first = top.length ? sums[top[0]] : 1;
    const prefix = typing ? shown[shown.length - 1] : undefined;
    const wanted = new Set(shown.map(w => this.stems.term(w)));
    const needles = shown.map(w => needleOf(w, this.stems.term(w)));
    const match = (word: string, t: string) =>
      wanted.has(t) ? t : prefix && word.startsWith(prefix) ? this.stems.term(prefix) : undefined;
    const term = (word: string) => this.stems.term(word);
    const cache = this.sentences;
    // The sentence is found when first read: a caller may show only some of the hits.
    return top.map(d => {
      let sentence: Sentence | undefined;
      const concept = this.concepts[d];
      return {
        concept,
        relevance: sums[d] / first,
        get sentence() {
          return (sentence ??= bestSentence(cache, concept, needles, term, match));
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
    hit = this.score(needleOf(w, term), word => {
      if (this.stems.term(word) === term) return 1;
      return mode === 'prefix' && word.startsWith(w) ? PREFIX_WEIGHT : 0;
    });
    if (!hit.notes.length && w.length >= FUZZY_FROM) {
      // Words that start with w's first two letters and are one edit away (two from 8 letters).
      const max = w.length >= 8 ? 2 : 1;
      hit = this.score(w.slice(0, 2), word => (editDistance(w, word, max) <= max ? TYPO_WEIGHT : 0));
    }
    this.cache.set(key, hit);
    return hit;
  }

  /** BM25F over the notes' words starting with `start`, each counted as `weigh` says. */
  private score(start: string, weigh: (word: string) => number): Scored {
    const text = this.text!;
    const bucket = text.bucket(start.slice(0, 2));
    const [from, to] = range(bucket.words, start);
    const matches: number[] = [];
    for (let k = from; k < to; k++) {
      const weight = weigh(bucket.words[k]);
      if (weight) matches.push(bucket.wordIds[k], weight);
    }
    return bm25(text, bucket, this.scratch, matches);
  }
}

/**
 * Where the words with w's stem are found: they start with the stem's start in common with w
 * (two letters at least).
 */
function needleOf(w: string, term: string): string {
  let needle = w;
  while (needle.length > 2 && !term.startsWith(needle)) needle = needle.slice(0, -1);
  return needle.length >= 2 ? needle : w;
}

/** The k notes of list[0, count) with the highest sums (the first on a tie), best first. */
function best(list: Int32Array, count: number, sums: Float64Array, k: number): number[] {
  const out: number[] = [];
  const before = (a: number, b: number) => sums[a] > sums[b] || (sums[a] === sums[b] && a < b);
  for (let i = 0; i < count; i++) {
    const d = list[i];
    if (out.length === k && !before(d, out[k - 1])) continue;
    let at = Math.min(out.length, k - 1);
    while (at > 0 && before(d, out[at - 1])) at--;
    if (out.length < k) out.push(0);
    out.copyWithin(at + 1, at, out.length - 1);
    out[at] = d;
  }
  return out;
}
