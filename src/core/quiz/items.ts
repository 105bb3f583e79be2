import type { AuthoredItem, Concept } from '../model';
import type { KnowledgeBase } from '../knowledgeBase';

/** A quiz item ready to ask: authored in a note, or generated from a concept's definition. */
export type QuizItem = AuthoredItem & {
  /** Stable id: progress is keyed on it. */
  readonly id: string;
  readonly conceptId: string;
  readonly source: 'authored' | 'generated';
};

/** Every quiz item of a knowledge base: the authored ones, then those generated per concept. */
export function buildQuizItems(kb: KnowledgeBase): QuizItem[] {
  const out: QuizItem[] = [];
  for (const c of kb.concepts) {
    c.quiz.forEach(q => out.push({ ...q, id: `${c.id}#${hash(q.question)}`, conceptId: c.id, source: 'authored' }));
  }
  for (const c of kb.concepts) out.push(...generateFor(kb, c));
  return out;
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,6}s?$/;

function generateFor(kb: KnowledgeBase, c: Concept): QuizItem[] {
  if (!c.summary) return [];
  const pool = neighbours(kb, c).filter(n => n.summary);
  if (pool.length < 3) return [];
  const items: QuizItem[] = [];
  const termChoices = distinctBy([c, ...pool], n => n.title.toLowerCase()).slice(0, 4);
  if (termChoices.length === 4) {
    items.push(generated(c, 'term', {
      type: 'single',
      question: `Which term matches this description?\n\n> ${hideTerm(c.summary, c)}`,
      choices: termChoices.map(n => n.title), answer: 0,
      explanation: `This describes [${c.title}](concept:${c.id}).`,
    }));
  }
  const defChoices = distinctBy([c, ...pool], n => n.summary.toLowerCase()).slice(0, 4);
  if (defChoices.length === 4) {
    items.push(generated(c, 'definition', {
      type: 'single',
      question: `Which statement best describes **${c.title}**?`,
      choices: defChoices.map(n => hideTerm(n.summary, n)), answer: 0,
      explanation: `${c.summary} See [${c.title}](concept:${c.id}).`,
    }));
  }
  const acronym = c.aliases.find(a => ACRONYM.test(a) && !a.endsWith('s'));
  if (acronym) {
    const others = distinctBy([c, ...pool], n => n.title.toLowerCase()).slice(0, 4);
    if (others.length === 4) {
      items.push(generated(c, 'acronym', {
        type: 'single',
        question: `In generative AI, what does **${acronym}** stand for?`,
        choices: others.map(n => n.title), answer: 0,
        explanation: `${acronym} is short for [${c.title}](concept:${c.id}): ${c.summary}`,
      }));
    }
  }
  return items;
}

function generated(c: Concept, kind: string, item: AuthoredItem): QuizItem {
  return { ...item, id: `${c.id}#gen-${kind}`, conceptId: c.id, source: 'generated' };
}

/** Plausible distractors: related concepts, then the same topic, then the same top-level topic. */
export function neighbours(kb: KnowledgeBase, c: Concept): Concept[] {
  const root = kb.rootTopicOf(c);
  const candidates = [
    ...c.related.map(id => kb.concept(id)).filter((x): x is Concept => !!x),
    ...kb.conceptsIn(c.topicId),
    ...(root ? kb.conceptsUnder(root.id) : []),
    ...kb.concepts,
  ];
  const seen = new Set<string>([c.id]);
  const out: Concept[] = [];
  for (const n of candidates) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push(n);
    if (out.length >= 12) break;
  }
  return out;
}

function distinctBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter(x => !seen.has(key(x)) && !!seen.add(key(x)));
}

/** Replaces the concept's own names in a text with "___", so a definition does not give itself away. */
export function hideTerm(text: string, c: Concept): string {
  let out = text;
  const names = [c.title.replace(/\s*\([^)]*\)\s*$/, ''), ...c.aliases].filter(n => n.length >= 3).sort((a, b) => b.length - a.length);
  for (const n of names) {
    const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu'), '___');
  }
  return out;
}

/** A short, stable hash (FNV-1a, base 36) for item ids. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
