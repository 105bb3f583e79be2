// How surface forms are read for the term index: their variants (plurals, camelCase merged)
// and the cheap facts about a form needed before it is expanded.
import { Join, type Segment } from './tokenize';

export function mergeCamel(segs: readonly Segment[]): string[] {
  const out: string[] = [];
  for (const s of segs) {
    if (s.join === Join.Camel && out.length) out[out.length - 1] += s.raw;
    else out.push(s.raw);
  }
  return out;
}

/** The form itself plus its plural forms (the possessive is handled by the tokenizer). */
export function plurals(norms: readonly string[], raws: readonly string[]): [string[], string[]][] {
  const out: [string[], string[]][] = [[[...norms], [...raws]]];
  const last = norms[norms.length - 1];
  const rule = pluralRule(last);
  if (!rule) return out;
  const [suffix, cut] = rule;
  const lastRaw = raws[raws.length - 1];
  out.push([
    [...norms.slice(0, -1), last.slice(0, last.length - cut) + suffix],
    [...raws.slice(0, -1), lastRaw.slice(0, lastRaw.length - cut) + suffix],
  ]);
  return out;
}

/** How a word takes its plural: [suffix, letters to cut], or undefined for none. */
export function pluralRule(word: string): [string, number] | undefined {
  if (word.length < 2 || word.charCodeAt(0) < 97 || word.charCodeAt(0) > 122) return undefined;
  if (/(s|x|z|ch|sh)$/.test(word)) return ['es', 0];
  if (/[^aeiou]y$/.test(word)) return ['ies', 1];
  return ['s', 0];
}

/**
 * The segments a form's variants can start with, from the segments of its first word: itself,
 * camelCase merged, and plurals when the form is that one word.
 */
export function firstKeys(segs: readonly Segment[], oneWord: boolean): string[] {
  const keys = [segs[0].norm];
  const withPlural = (word: string, single: boolean) => {
    const rule = single ? pluralRule(word) : undefined;
    if (rule) keys.push(word.slice(0, word.length - rule[1]) + rule[0]);
  };
  withPlural(segs[0].norm, oneWord && segs.length === 1);
  if (segs.some(s => s.join === Join.Camel)) {
    const merged = mergeCamel(segs);
    const first = merged[0].toLowerCase();
    if (first !== segs[0].norm) keys.push(first);
    withPlural(first, oneWord && merged.length === 1);
  }
  return keys;
}

export function simpleKeys(word: string, oneWord: boolean): string[] {
  const rule = oneWord ? pluralRule(word) : undefined;
  return rule ? [word, word.slice(0, word.length - rule[1]) + rule[0]] : [word];
}

/**
 * One pass over a form: where its first word ends (-1: no word), whether it is one word, whether
 * that word is plain ASCII (lower case or capitalised: one segment, no tokenizer needed), and an
 * upper bound on its segments (every word start, capital and letter-digit change may begin one).
 */
export function scanForm(form: string): { wordEnd: number; oneWord: boolean; simple: boolean; bound: number } {
  const n = form.length;
  let bound = 0;
  for (let i = 0, prev = 0; i < n; i++) {
    const c = form.charCodeAt(i);
    const cur = c >= 48 && c <= 57 ? 2 : isWordChar(c) ? 1 : 0; // 0 other, 1 letter, 2 digit
    if (cur && (prev !== cur || (c >= 65 && c <= 90))) bound++;
    prev = cur;
  }
  let i = 0;
  while (i < n && !isWordChar(form.charCodeAt(i))) i++;
  if (i === n) return { wordEnd: -1, oneWord: false, simple: false, bound };
  const c0 = form.charCodeAt(i);
  let simple = i === 0 && ((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90));
  for (i++; i < n && isWordChar(form.charCodeAt(i)); i++) {
    const c = form.charCodeAt(i);
    if (c < 97 || c > 122) simple = false;
  }
  const wordEnd = i;
  while (i < n && !isWordChar(form.charCodeAt(i))) i++;
  return { wordEnd, oneWord: i === n, simple, bound };
}

/** Whether the form's first segment, starting at w, is one character: Q Developer, xLSTM, S3, QDeveloper. */
export function oneLetterSegment(form: string, w: number): boolean {
  const a = form.charCodeAt(w);
  const b = form.charCodeAt(w + 1);
  if (!isWordChar(b)) return true;
  const digit = (c: number) => c >= 48 && c <= 57;
  const upper = (c: number) => c >= 65 && c <= 90;
  const lowerCase = (c: number) => c >= 97 && c <= 122;
  if (digit(a) !== digit(b)) return true;
  if (lowerCase(a) && upper(b)) return true;
  // QDeveloper: Q | Developer
  return (
    upper(a) &&
    upper(b) &&
    lowerCase(form.charCodeAt(w + 2)) &&
    !(form.charCodeAt(w + 2) === 115 && !isWordChar(form.charCodeAt(w + 3)))
  );
}

/** A word and the singulars it may be the plural of: llms → llm, boxes → box, vocabularies → vocabulary. */
export function singularBases(word: string): string[] {
  const out = [word];
  if (word.length < 3) return out;
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  return out;
}

export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}
