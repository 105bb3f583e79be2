// The question linter: rules that catch questions answerable from surface cues instead of knowledge.
// Run by the build on authored questions (a finding fails it) and by the generator on its own output.
import { formKey } from '../../knowledgeBase';
import type { AuthoredItem, Concept } from '../../model';
import { contentStems, initials, jaccard, namesPhrase, shingles, words } from './text';

export type LintRule =
  'option-in-stem' | 'near-synonym' | 'distinctive-key' | 'duplicate-options' | 'fake-acronym' | 'near-duplicate';

export const LINT_RULES: readonly LintRule[] = [
  'option-in-stem',
  'near-synonym',
  'distinctive-key',
  'duplicate-options',
  'fake-acronym',
  'near-duplicate',
];

export interface LintFinding {
  readonly rule: LintRule;
  readonly message: string;
}

/** Finds the concept a choice names (its title or an alias), if any. */
export type ConceptByName = (name: string) => Concept | undefined;

/**
 * The findings of one question; `quoting` items may name their options in the stem. `strict` (for generated
 * questions) flags an answer that alone echoes even one word of the stem; authored ones may echo one.
 */
export function lintItem(item: AuthoredItem, byName: ConceptByName, strict = false): LintFinding[] {
  const out: LintFinding[] = [];
  const add = (rule: LintRule, message: string) => out.push({ rule, message });
  const options = optionsOf(item);
  const keys = new Set(options.map(norm));
  if (keys.size !== options.length) add('duplicate-options', 'Two options say the same thing.');
  if (item.type !== 'single' && item.type !== 'multiple') return out;
  const right = item.type === 'single' ? [item.answer] : item.answer;
  const wrong = item.choices.map((_, i) => i).filter(i => !right.includes(i));
  if (!item.quoting) {
    for (const c of item.choices) {
      const named = stemNames(item.question, c, byName);
      if (named) add('option-in-stem', `The stem names the option "${c}"${named === c ? '' : ` (as "${named}")`}.`);
    }
  }
  for (const k of right) {
    const key = byName(item.choices[k]);
    if (!key) continue;
    for (const d of wrong) {
      const other = byName(item.choices[d]);
      const why = other && kinship(key, other);
      if (why) add('near-synonym', `The distractor "${item.choices[d]}" is ${why} the answer "${item.choices[k]}".`);
    }
  }
  if (item.type === 'single') {
    const cue = distinctiveKey(
      item.question,
      item.choices[item.answer],
      wrong.map(i => item.choices[i]),
      strict ? 1 : 2,
    );
    if (cue) add('distinctive-key', cue);
  }
  return out;
}

function optionsOf(item: AuthoredItem): readonly string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.choices;
    case 'ordering':
      return item.items;
    default:
      return item.pairs.map(p => p[0]);
  }
}

const norm = (s: string) => words(s).join(' ');

/** The name under which the stem names an option: its text, or a name of the concept it is. */
function stemNames(stem: string, option: string, byName: ConceptByName): string | undefined {
  if (option.length > 100) return undefined; // a description, not a name
  if (words(option).length <= 6 && namesPhrase(stem, option)) return option;
  const c = byName(option);
  if (!c || formKey(option) !== formKey(c.title.replace(/\s*\([^)]*\)\s*$/, ''))) return undefined;
  // Another name of the option's concept: a phrase or an acronym, and not a part of the option itself.
  const telling = (n: string) => words(n).length >= 2 || /^[A-Z][A-Z0-9-]+$/.test(n);
  return [c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases].find(
    n => n.length >= 3 && telling(n) && !namesPhrase(option, n) && namesPhrase(stem, n),
  );
}

/** How two concepts are too close to be told apart: the same, or one's name inside the other's. */
function kinship(key: Concept, other: Concept): string | undefined {
  // A note about a pair ("Precision and recall") names two different things.
  if (key.id === other.id) return /\b(and|vs)\b/i.test(key.title) ? undefined : 'another name of';
  const a = words(key.title.replace(/\s*\([^)]*\)\s*$/, ''));
  const b = words(other.title.replace(/\s*\([^)]*\)\s*$/, ''));
  if (a.length !== b.length && (inside(a, b) || inside(b, a)) && Math.min(a.length, b.length) >= 1) {
    return a.length > b.length ? 'the broader idea behind' : 'a narrower kind of';
  }
  return undefined;
}

/** Words that make a name the opposite or a variant of the name they contain ("self-supervised"). */
const OPPOSITE = new Set(['self', 'semi', 'un', 'non', 'multi', 'pre', 'post', 'zero', 'few', 'one']);

/** Whether `part` stands as a contiguous run inside `whole`, and is more than a shared product prefix. */
function inside(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length >= whole.length || whole.some(w => OPPOSITE.has(w))) return false;
  if (part.every(w => w === 'amazon' || w === 'aws')) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => whole[i + k] === w)) return true;
  return false;
}

/** A form only the key has: a blank, a length far beyond the others, the only option echoing the stem. */
function distinctiveKey(stem: string, key: string, distractors: readonly string[], echo: number): string | undefined {
  if (!distractors.length) return undefined;
  if (key.includes('___') && !distractors.some(d => d.includes('___'))) return 'Only the answer has a "___" blank.';
  const longest = Math.max(...distractors.map(d => d.length));
  const mean = distractors.reduce((n, d) => n + d.length, 0) / distractors.length;
  if (key.length > 2 * mean && key.length > longest + 25) return 'The answer is far longer than every other option.';
  const stems = new Set(contentStems(stem));
  for (const w of ['amazon', 'aws']) stems.delete(w);
  const echoes = (o: string) => [...contentStems(o)].filter(w => stems.has(w)).length;
  if (echoes(key) >= echo && distractors.every(d => echoes(d) === 0)) {
    return 'Only the answer repeats words of the stem.';
  }
  return undefined;
}

/** Whether `acronym` abbreviates `name` (its word initials, in order). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/s$/, '');
  if (!/^[a-z]{2,}$/.test(letters)) return false;
  const init = initials(name);
  return (
    init === letters || (init.length > letters.length && subsequence(letters, init) && init.startsWith(letters[0]))
  );
}

function subsequence(small: string, big: string): boolean {
  let i = 0;
  for (const ch of big) if (ch === small[i]) i++;
  return i === small.length;
}

/**
 * Pairs of questions on the same idea with the same answer: stems that share most of their meaning words
 * (Jaccard of word stems at least `threshold`) and answers that are the same text or nearly (Jaccard of their
 * word 3-shingles at least 0.6).
 */
export function nearDuplicates<T extends { readonly item: AuthoredItem }>(
  list: readonly T[],
  threshold = 0.25,
): [T, T][] {
  const keyOf = (it: AuthoredItem) =>
    it.type === 'single'
      ? it.choices[it.answer]
      : it.type === 'multiple'
        ? it.answer
            .map(i => it.choices[i])
            .sort()
            .join(' | ')
        : it.type === 'ordering'
          ? it.items.join(' | ')
          : it.pairs
              .map(p => p.join(' = '))
              .sort()
              .join(' | ');
  const read = list.map(entry => {
    const key = keyOf(entry.item);
    return { entry, key: norm(key), keySh: shingles(key), sh: contentStems(entry.item.question) };
  });
  const out: [T, T][] = [];
  for (let i = 0; i < read.length; i++) {
    for (let j = i + 1; j < read.length; j++) {
      const [a, b] = [read[i], read[j]];
      if (jaccard(a.sh, b.sh) < threshold) continue;
      if (a.key === b.key || jaccard(a.keySh, b.keySh) >= 0.6) out.push([a.entry, b.entry]);
    }
  }
  return out;
}
