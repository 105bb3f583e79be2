// Recall questions generated from one concept: which term a description names, which description fits
// a term, and what an acronym stands for (against near-miss expansions with the same initials).
import type { KnowledgeBase } from '../../knowledgeBase';
import type { AuthoredItem, Concept } from '../../model';
import { isAcronymOf } from '../lint/rules';
import { contentStems, namesPhrase, words } from '../lint/text';
import { hideTerm } from './hide';

export type Draft = { readonly kind: string; readonly item: AuthoredItem };

const names = new WeakMap<Concept, readonly string[]>();

/** A concept's names: its title without a "(...)" qualifier, then its aliases. */
export function namesOf(c: Concept): readonly string[] {
  let list = names.get(c);
  if (!list) names.set(c, (list = [c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases].filter(n => n.length >= 3)));
  return list;
}

/** Whether a text names the concept. */
export function mentions(text: string, c: Concept): boolean {
  return namesOf(c).some(n => namesPhrase(text, n));
}

const isService = (c: Concept) => /^(Amazon|AWS)\s/.test(c.title);

export function recallDrafts(kb: KnowledgeBase, c: Concept, pool: readonly Concept[]): Draft[] {
  const out: Draft[] = [];
  const service = isService(c);
  // A description must not name a distractor, and a distractor's description must not name the term.
  // Distractors whose names share the description's words come first, so no surface cue singles out the answer.
  const described = contentStems(hideTerm(c.summary, c));
  const termPool = closest(
    distinct(
      pool.filter(n => !mentions(c.summary, n) && (!service || isService(n))),
      n => n.title,
    ),
    n => overlap(contentStems(n.title), described),
  );
  if (termPool.length >= 3) {
    const choices = [c, ...termPool.slice(0, 3)].map(n => n.title);
    out.push({
      kind: service ? 'service' : 'term',
      item: {
        type: 'single',
        answer: 0,
        choices,
        question:
          `${service ? 'Which AWS service fits' : 'Which term matches'} this description?\n\n` +
          `> ${hideTerm(c.summary, c)}`,
        explanation: `This describes [${c.title}](concept:${c.id}).`,
      },
    });
  }
  // Descriptions that share words with the asked name come first, for the same reason.
  const asked = contentStems(c.title);
  const defPool = closest(
    distinct(
      pool.filter(n => !mentions(n.summary, c)),
      n => n.summary,
    ),
    n => overlap(contentStems(n.summary), asked),
  );
  if (defPool.length >= 3) {
    out.push({
      kind: 'definition',
      item: {
        type: 'single',
        answer: 0,
        question: `Which statement best describes **${c.title}**?`,
        choices: [c, ...defPool.slice(0, 3)].map(n => hideTerm(n.summary, n)),
        explanation: `${c.summary} See [${c.title}](concept:${c.id}).`,
      },
    });
  }
  const acronym = c.aliases.find(a => /^[A-Z][A-Z0-9]{1,6}$/.test(a) && isAcronymOf(a, c.title));
  const expansion = c.title.replace(/\s*\([^)]*\)\s*$/, '');
  const misses = acronym ? nearMisses(kb, expansion, 3) : [];
  if (acronym && misses.length === 3) {
    out.push({
      kind: 'acronym',
      item: {
        type: 'single',
        answer: 0,
        choices: [expansion, ...misses],
        question: `In AI and machine learning, what does **${acronym}** stand for?`,
        explanation: `${acronym} is short for [${c.title}](concept:${c.id}): ${c.summary}`,
      },
    });
  }
  return out;
}

/**
 * Expansions that spell the same initials but are wrong: one word swapped for another word of the same
 * first letter taken from other concepts' names, so the initials alone do not give the answer away.
 */
export function nearMisses(kb: KnowledgeBase, expansion: string, count: number): string[] {
  const parts = expansion.split(/([\s-]+)/);
  const own = new Set(words(expansion));
  const { vocabulary: all, titles } = vocabularyOf(kb);
  const vocabulary = all.filter(w => !own.has(w));
  const out: string[] = [];
  for (let round = 0; out.length < count && round < 4; round++) {
    for (let i = 0; i < parts.length && out.length < count; i += 2) {
      const word = parts[i];
      if (word.length < 4) continue;
      const same = vocabulary.filter(w => w[0] === word[0].toLowerCase());
      const pick = same[(round * 7 + i * 3 + word.length) % Math.max(1, same.length)];
      if (!pick) continue;
      const cased = word[0] === word[0].toUpperCase() ? pick[0].toUpperCase() + pick.slice(1) : pick;
      const variant = [...parts.slice(0, i), cased, ...parts.slice(i + 1)].join('');
      if (!out.includes(variant) && !titles.has(variant.toLowerCase())) out.push(variant);
    }
  }
  return out;
}

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter(w => b.has(w)).length;

/** The list with the candidates that score highest first; ties keep their order (relatedness, then topic). */
function closest<T>(list: readonly T[], score: (t: T) => number): T[] {
  return list
    .map((t, i) => ({ t, i, s: score(t) }))
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .map(x => x.t);
}

const vocabularies = new WeakMap<KnowledgeBase, { vocabulary: readonly string[]; titles: ReadonlySet<string> }>();

/** The words of every title (sorted, five letters or more) and the titles themselves, once per knowledge base. */
function vocabularyOf(kb: KnowledgeBase): { vocabulary: readonly string[]; titles: ReadonlySet<string> } {
  let v = vocabularies.get(kb);
  if (!v) {
    const vocabulary = [...new Set(kb.concepts.flatMap(n => words(n.title)))]
      .filter(w => w.length >= 5 && /^[a-z]+$/.test(w))
      .sort();
    vocabularies.set(kb, (v = { vocabulary, titles: new Set(kb.concepts.map(n => n.title.toLowerCase())) }));
  }
  return v;
}

export function distinct<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter(x => {
    const k = key(x).toLowerCase();
    return !seen.has(k) && !!seen.add(k);
  });
}
