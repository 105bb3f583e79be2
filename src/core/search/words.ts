// Word-level matching for the look-up: normalising text, singulars, stems, letter masks and a
// bounded edit distance.

/**
 * Lower-cases and reads every run of other characters than letters and digits as one space:
 * "Q/K/V" → "q k v", "Query, key, and value" → "query key and value". "&" reads "and", and a
 * possessive 's (LLM's → llm) and diacritics are dropped. Line breaks are kept (forms are
 * normalised together, one a line).
 */
export function normaliseQuery(text: string): string {
  let s = text.toLowerCase();
  if (PLAIN.test(s)) return s;
  const ascii = !NON_ASCII.test(s);
  if (!ascii) s = s.normalize('NFD').replace(MARKS, '');
  if (s.includes('&')) s = s.replace(AMPERSAND, ' and ');
  if (s.includes("'") || s.includes('’')) s = s.replace(POSSESSIVE, '$1');
  return s.replace(ascii ? OTHER_ASCII : OTHER, ' ').replace(EDGE_SPACES, '');
}

const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const NON_ASCII = /[^\0-\x7f]/;
const MARKS = /\p{M}+/gu;
const AMPERSAND = /&/g;
const POSSESSIVE = /([\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu;
const OTHER_ASCII = /[^a-z0-9\n]+/g;
const OTHER = /[^\p{L}\p{N}\n]+/gu;
const EDGE_SPACES = /^ | $/gm;

/** Singular guesses for a word or a query: llms → llm, biases → bias, vocabularies → vocabulary. */
export function singulars(q: string): string[] {
  const out: string[] = [];
  if (q.length < 2) return out;
  if (q.endsWith('ies')) out.push(q.slice(0, -3) + 'y');
  if (q.endsWith('es')) out.push(q.slice(0, -2));
  if (q.endsWith('s') && !q.endsWith('ss')) out.push(q.slice(0, -1));
  return out;
}

/** The stem of a word for loose matching: choosing → choos, alignment → align, encoders → encod. */
export function stem(w: string): string {
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, w.length - suffix.length);
  }
  return w;
}
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 's', 'e'];

export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 5));
  }
  return mask;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const MAX_WORD = 48;
const rows = [new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1)];

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps) of a
 * and b, or of a and b's closest prefix when `prefix` is set; max + 1 once it exceeds max.
 */
export function editDistance(a: string, b: string, max: number, prefix = false): number {
  const n = a.length;
  const m = prefix ? Math.min(b.length, n + max) : b.length;
  if (n > MAX_WORD || m > MAX_WORD || (!prefix && Math.abs(n - m) > max) || m < n - max) return max + 1;
  let [before, prev, cur] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ca === cb ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && cb === a.charCodeAt(i - 2) && before[j - 2] + 1 < v)
        v = before[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  if (!prefix) return prev[m];
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) if (prev[j] < best) best = prev[j];
  return best;
}

export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long.charCodeAt(j) === short.charCodeAt(i)) i++;
  return i === short.length;
}
