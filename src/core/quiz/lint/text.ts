// Word-level helpers of the question linter: content words, whole-phrase search, shingles.

const STOP = new Set(
  (
    'a an the and or of to in on for by with from at as is are be was were been being it its this that these those ' +
    'which what who whom whose when where why how not no any all each every some more most less least than then ' +
    'into onto over under about after before between both can could should would will may might must do does did ' +
    'has have had their there they them you your we our us he she his her i me my so such use uses used using ' +
    'one two three four five choose best option options following company team wants needs need only also other'
  ).split(' '),
);

// The generator and the linter read the same few thousand texts many times: their words are kept.
const wordCache = new Map<string, readonly string[]>();

/** Lower-case words of letters and digits. */
export function words(text: string): readonly string[] {
  let w = wordCache.get(text);
  if (!w) {
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(text, (w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  }
  return w;
}

/** A word reduced to a rough stem, so "models" meets "model" and "labeling" meets "labels". */
export function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, '').slice(0, 7);
}

const stemCache = new Map<string, ReadonlySet<string>>();

/** Stems of the words that carry meaning (no stop words, at least four letters). */
export function contentStems(text: string): ReadonlySet<string> {
  let s = stemCache.get(text);
  if (!s) {
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(
      text,
      (s = new Set(
        words(text)
          .filter(w => w.length >= 4 && !STOP.has(w))
          .map(stem),
      )),
    );
  }
  return s;
}

const wordSets = new Map<string, ReadonlySet<string>>();
const singular = (w: string) => w.replace(/e?s$/, '');

/** The words of a text, each plural also read as its singular. */
function wordSet(text: string): ReadonlySet<string> {
  let set = wordSets.get(text);
  if (!set) {
    if (wordSets.size > 50_000) wordSets.clear();
    wordSets.set(text, (set = new Set(words(text).flatMap(w => [w, singular(w)]))));
  }
  return set;
}

/** Whether `phrase` stands in `text` as whole words, ignoring case, spacing, hyphens and a plural s. */
export function namesPhrase(text: string, phrase: string): boolean {
  const p = words(phrase);
  if (!p.length || (p.length === 1 && p[0].length < 3)) return false;
  const present = wordSet(text);
  if (!p.every(w => present.has(w) || present.has(singular(w)))) return false; // most calls end here
  const t = words(text);
  outer: for (let i = 0; i + p.length <= t.length; i++) {
    for (let k = 0; k < p.length; k++) {
      const a = t[i + k];
      const b = p[k];
      if (a !== b && a !== `${b}s` && a !== `${b}es` && `${a}s` !== b) continue outer;
    }
    return true;
  }
  return false;
}

/** Word 3-shingles of a text's content words: the measure of near-duplicate stems. */
export function shingles(text: string): Set<string> {
  const w = words(text)
    .filter(x => !STOP.has(x))
    .map(stem);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length < 3 && w.length) out.add(w.join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** The initials of a name's words, skipping small joining words: "retrieval-augmented generation" → "rag". */
export function initials(name: string): string {
  return words(name.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .filter(w => !['of', 'and', 'the', 'for', 'with', 'to', 'a'].includes(w))
    .map(w => w[0])
    .join('');
}
