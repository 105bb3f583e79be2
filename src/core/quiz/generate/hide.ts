// Hiding a concept's own names in generated questions, so a text does not give its answer away.
import type { Concept } from '../../model';

/** Replaces the concept's own names in a text with "___", so a definition does not give itself away. */
export function hideTerm(text: string, c: Concept): string {
  let out = text;
  const names = [c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases]
    .filter(n => n.length >= 3)
    .sort((a, b) => b.length - a.length);
  for (const n of names) out = hideWord(out, n);
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SUFFIXES = ['es', 's', ''];

/**
 * Every whole-word occurrence of `name` in `text`, ignoring case and with an optional plural
 * "s"/"es", replaced by "___". A hand-written scan: a regular expression per name costs far more
 * to compile than the scan, and the quiz generator runs this for every concept.
 */
export function hideWord(text: string, name: string): string {
  const lower = text.toLowerCase();
  const needle = name.toLowerCase();
  // Case-folding that changes a length (a few non-ASCII letters) would shift offsets: compare slice by slice then.
  const same = lower.length === text.length;
  const at = (i: number, part: string) =>
    same ? lower.startsWith(part, i) : text.slice(i, i + part.length).toLowerCase() === part;
  const isWord = (i: number) =>
    i >= 0 && i < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  const before = (i: number) => isWord(i - 1) || (i >= 2 && isWord(i - 2) && text.codePointAt(i - 2)! > 0xffff);
  let out = '';
  let from = 0;
  for (
    let i = same ? lower.indexOf(needle) : 0;
    i >= 0 && i <= text.length - needle.length;
    i = same ? lower.indexOf(needle, i) : i
  ) {
    if (!at(i, needle) || before(i)) {
      i++;
      continue;
    }
    const end = i + needle.length;
    const suffix = SUFFIXES.find(sfx => at(end, sfx) && !isWord(end + sfx.length));
    if (suffix === undefined) {
      i++;
      continue;
    }
    out += `${text.slice(from, i)}___`;
    i = from = end + suffix.length;
  }
  return from === 0 ? text : out + text.slice(from);
}
