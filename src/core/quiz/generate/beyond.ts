// Questions beyond recall, generated from the topic tree: "Which TWO belong under X?", matching four terms
// to their definitions, and "which one does NOT belong" among siblings.
import type { KnowledgeBase } from '../../knowledgeBase';
import type { Concept, Topic } from '../../model';
import { hideTerm } from './hide';
import { distinct, mentions, type Draft } from './recall';

export interface TopicDraft extends Draft {
  /** The concept whose progress the question counts towards. */
  readonly concept: Concept;
}

/** Every topic-level question of a knowledge base. */
export function topicDrafts(kb: KnowledgeBase): TopicDraft[] {
  const out: TopicDraft[] = [];
  for (const t of kb.topics) {
    const inside = distinct(
      kb.conceptsIn(t.id).filter(c => c.summary),
      c => c.title,
    );
    if (inside.length < 3) continue;
    const outside = siblingsOutside(kb, t);
    if (outside.length >= 3) out.push(examples(t, inside, outside), notOne(t, inside, outside));
    for (let i = 0; i + 4 <= inside.length && i < 12; i += 4) {
      const group = inside.slice(i, i + 4);
      if (group.every(c => group.every(o => o === c || !mentions(c.summary, o)))) out.push(matching(t, group));
    }
  }
  return out;
}

/** Concepts of the sibling topics (same parent), for plausible wrong options. */
function siblingsOutside(kb: KnowledgeBase, t: Topic): Concept[] {
  const siblings = kb.subtopics(t.parentId).filter(s => s.id !== t.id);
  const names = new Set(kb.conceptsUnder(t.id).map(c => c.title.toLowerCase()));
  return distinct(
    siblings.flatMap(s => kb.conceptsUnder(s.id)),
    c => c.title,
  ).filter(c => c.summary && !names.has(c.title.toLowerCase()));
}

/** A deterministic pick of `n` from a list, different for each seed. */
function pick<T>(list: readonly T[], n: number, seed: number): T[] {
  const out: T[] = [];
  for (let k = 0; out.length < n && k < list.length; k++) out.push(list[(seed + k * 5) % list.length]);
  return distinct(out, x => String(x)).length === out.length ? out : list.slice(0, n);
}

const seedOf = (t: Topic) => [...t.id].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);

function examples(t: Topic, inside: readonly Concept[], outside: readonly Concept[]): TopicDraft {
  const seed = seedOf(t);
  const right = pick(inside, 2, seed);
  const wrong = pick(outside, 3, seed);
  return {
    kind: `examples-${seed.toString(36)}`,
    concept: right[0],
    item: {
      type: 'multiple',
      answer: [0, 1],
      question: `Which TWO of these belong to the topic "${t.title}"? (Choose two.)`,
      choices: [...right, ...wrong].map(c => c.title),
      explanation:
        `${right.map(c => `[${c.title}](concept:${c.id})`).join(' and ')} are part of ${t.title}; ` +
        `${wrong.map(c => c.title).join(', ')} belong to neighbouring topics.`,
    },
  };
}

function notOne(t: Topic, inside: readonly Concept[], outside: readonly Concept[]): TopicDraft {
  const seed = seedOf(t) + 1;
  const members = pick(inside, 3, seed);
  const odd = outside[seed % outside.length];
  return {
    kind: `not-${seed.toString(36)}`,
    concept: odd,
    item: {
      type: 'single',
      answer: 0,
      question: `Three of these belong to the topic "${t.title}". Which one does NOT?`,
      choices: [odd, ...members].map(c => c.title),
      explanation:
        `[${odd.title}](concept:${odd.id}) is not part of ${t.title}; ` +
        `${members.map(c => c.title).join(', ')} are.`,
    },
  };
}

function matching(t: Topic, group: readonly Concept[]): TopicDraft {
  return {
    kind: `match-${seedOf(t).toString(36)}`,
    concept: group[0],
    item: {
      type: 'matching',
      question: `Match each term of "${t.title}" to its description.`,
      pairs: group.map(c => [c.title, hideTerm(c.summary, c)] as [string, string]),
      explanation: group.map(c => `**[${c.title}](concept:${c.id})**: ${c.summary}`).join('\n\n'),
    },
  };
}
