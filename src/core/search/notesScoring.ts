// The notes search's scoring: BM25F over a query word's occurrences, and the bonus for query terms close together.
import { FIELD_BOOST, type NotesText } from './notesIndex';
import { NOTE_FIELDS } from './noteText';

/** Two query terms this close in a note (start to start, in characters) count as a phrase. */
const NEAR_CHARS = 24;
const NEAR_WEIGHT = 0.5;
// BM25F's saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;

/** A term's BM25F score in each note it occurs in. */
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

/**
 * BM25F over the occurrences of words starting with `needle`, each counted as `weigh` says
 * (`exact`, a word that counts 1, is recognised without asking it).
 */
export function bm25(
  text: NotesText,
  n: number,
  tf: Float64Array,
  needle: string,
  weigh: (word: string) => number,
  exact?: string,
): Scored {
  const F = NOTE_FIELDS.length;
  const occurrences = text.occurrences(needle);
  const notes: number[] = [];
  const starts: number[] = [];
  const positions: number[] = [];
  for (let k = 0; k < occurrences.length; k += 2) {
    const d = occurrences[k];
    // The query word itself, the most common case, is recognised without cutting the word out.
    const at = occurrences[k + 1];
    const weight = exact && text.isWordAt(d, at, exact) ? 1 : weigh(text.wordAt(d, at));
    if (!weight) continue;
    if (notes[notes.length - 1] !== d) {
      notes.push(d);
      starts.push(positions.length);
    }
    positions.push(occurrences[k + 1]);
    tf[d * F + text.fieldAt(d, occurrences[k + 1])] += weight;
  }
  const idf = Math.log(1 + (n - notes.length + 0.5) / (notes.length + 0.5));
  const scores = new Float64Array(notes.length);
  notes.forEach((d, i) => {
    let t = 0;
    for (let f = 0; f < F; f++) {
      const c = tf[d * F + f];
      if (c) t += (FIELD_BOOST[f] * c) / (1 - B + B * text.relativeLength[d * F + f]);
      tf[d * F + f] = 0;
    }
    scores[i] = (idf * t * (K1 + 1)) / (t + K1);
  });
  starts.push(positions.length);
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
