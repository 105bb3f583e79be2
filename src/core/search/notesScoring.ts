// The notes search's scoring: BM25F over a query word's occurrences, and the bonus for query terms close together.
import { FIELD_BOOST, type Bucket, type NotesText } from './notesIndex';
import { NOTE_FIELDS } from './noteText';

/** Two query terms whose starts are this close in a note (in characters) count as a phrase. */
const NEAR_CHARS = 24;
const NEAR_WEIGHT = 0.5;
// BM25F's saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;

/**
 * A term's BM25F score in each note it occurs in, and where: positions[starts[k]…starts[k + 1])
 * are its positions in notes[k].
 */
export interface Scored {
  readonly notes: Int32Array;
  readonly scores: Float64Array;
  readonly starts: Int32Array;
  readonly positions: Int32Array;
}
export interface Part {
  readonly scored: Scored;
  readonly weight: number;
}

/** Scratch for scoring, reused across queries: term frequencies per note and field, and weights per word. */
export class Scratch {
  readonly tf: Float64Array;
  weights = new Float64Array(1 << 12);
  constructor(notes: number) {
    this.tf = new Float64Array(notes * NOTE_FIELDS.length);
  }
}

/**
 * BM25F of a term made of some of a bucket's words, each counted with its weight (`matches` is
 * [word, weight, …]), in one pass over the bucket's occurrences.
 */
export function bm25(text: NotesText, bucket: Bucket, scratch: Scratch, matches: readonly number[]): Scored {
  const F = NOTE_FIELDS.length;
  if (scratch.weights.length < text.table.words.length) scratch.weights = new Float64Array(2 * text.table.words.length);
  const { tf, weights } = scratch;
  const { ids, notes: noteOf, at } = bucket;
  for (let m = 0; m < matches.length; m += 2) weights[matches[m]] = matches[m + 1];
  const notes: number[] = [];
  const starts: number[] = [];
  const positions: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const weight = weights[ids[k]];
    if (weight === 0) continue;
    const d = noteOf[k];
    if (notes[notes.length - 1] !== d) {
      notes.push(d);
      starts.push(positions.length);
    }
    tf[d * F + (at[k] & 3)] += weight;
    positions.push(at[k] >> 2);
  }
  for (let m = 0; m < matches.length; m += 2) weights[matches[m]] = 0;
  starts.push(positions.length);
  const relative = text.relativeLength;
  const n = relative.length / F;
  const idf = Math.log(1 + (n - notes.length + 0.5) / (notes.length + 0.5));
  const scores = new Float64Array(notes.length);
  for (let i = 0; i < notes.length; i++) {
    const d = notes[i];
    let t = 0;
    for (let f = 0; f < F; f++) {
      const c = tf[d * F + f];
      if (c) t += (FIELD_BOOST[f] * c) / (1 - B + B * relative[d * F + f]);
      tf[d * F + f] = 0;
    }
    scores[i] = (idf * t * (K1 + 1)) / (t + K1);
  }
  return {
    notes: Int32Array.from(notes),
    scores,
    starts: Int32Array.from(starts),
    positions: Int32Array.from(positions),
  };
}

/**
 * Adds to the best notes' scores for each pair of consecutive query terms that they have close
 * together, in the query's order ("training set", "system prompt"): half of the pair's scores.
 */
export function nearBonus(sums: Float64Array, terms: readonly Scored[], notes: readonly number[]) {
  for (let i = 0; i + 1 < terms.length; i++) {
    const [a, b] = [terms[i], terms[i + 1]];
    for (const d of notes) {
      const ka = find(a.notes, d);
      const kb = ka < 0 ? -1 : find(b.notes, d);
      if (kb < 0) continue;
      let near = false;
      for (let x = a.starts[ka]; x < a.starts[ka + 1] && !near; x++) {
        for (let y = b.starts[kb]; y < b.starts[kb + 1] && !near; y++) {
          const gap = b.positions[y] - a.positions[x];
          near = gap > 0 && gap <= NEAR_CHARS;
        }
      }
      if (near) sums[d] += NEAR_WEIGHT * (a.scores[ka] + b.scores[kb]);
    }
  }
}

/** The index of d in a sorted list, or -1. */
function find(list: Int32Array, d: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === d) return mid;
    if (list[mid] < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
