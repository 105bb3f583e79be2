import type { KnowledgeBase } from '../knowledgeBase';
import type { AuthoredItem, Concept } from '../model';
import { topicDrafts } from './generate/beyond';
import { recallDrafts, type Draft } from './generate/recall';
import { conceptsByName } from './lint';
import { lintItem, type LintRule } from './lint/rules';

export { hideTerm, hideWord } from './generate/hide';

/** A quiz item ready to ask: authored in a note, or generated from a concept's definition. */
export type QuizItem = AuthoredItem & {
  /** Stable id: progress is keyed on it. */
  readonly id: string;
  readonly conceptId: string;
  readonly source: 'authored' | 'generated';
  /** The exam-guide skill it tests ("3.1.b"): its own, else its note's first; absent for untagged notes. */
  readonly skill?: string;
  /** The exam domain (1 to 5): the skill's, else the note's. */
  readonly domain?: number;
};

/** The skill and domain of a question of concept `c`, from the question's own skill or the note's tag. */
export function examPlace(c: Concept, skill?: string): { skill?: string; domain?: number } {
  const s = skill ?? c.exam?.skills?.[0];
  const domain = s ? Number(s[0]) : c.exam?.domain;
  return { ...(s ? { skill: s } : {}), ...(domain ? { domain } : {}) };
}

/** Every quiz item of a knowledge base: the authored ones, then those generated per concept and per topic. */
export function buildQuizItems(kb: KnowledgeBase): QuizItem[] {
  return generateQuizItems(kb).items;
}

export interface Generation {
  readonly items: QuizItem[];
  /** Generated questions the linter dropped, by rule. */
  readonly dropped: Readonly<Partial<Record<LintRule, number>>>;
}

/** The quiz items, with the figures of what the linter dropped from the generated ones. */
export function generateQuizItems(kb: KnowledgeBase): Generation {
  const out: QuizItem[] = [];
  for (const c of kb.concepts) {
    c.quiz.forEach(q =>
      out.push({
        ...q,
        id: `${c.id}#${hash(q.question)}`,
        conceptId: c.id,
        source: 'authored',
        ...examPlace(c, q.skill),
      }),
    );
  }
  const byName = conceptsByName(kb.concepts);
  const dropped: Partial<Record<LintRule, number>> = {};
  const keep = (c: Concept, d: Draft) => {
    const findings = lintItem(d.item, byName, true);
    if (!findings.length) out.push(generated(c, d.kind, d.item));
    else dropped[findings[0].rule] = (dropped[findings[0].rule] ?? 0) + 1;
  };
  for (const c of kb.concepts) {
    if (!c.summary) continue;
    const pool = neighbours(kb, c, 16).filter(n => n.summary);
    for (const d of recallDrafts(kb, c, pool)) keep(c, d);
  }
  for (const d of topicDrafts(kb)) keep(d.concept, d);
  return { items: out, dropped };
}

function generated(c: Concept, kind: string, item: AuthoredItem): QuizItem {
  return { ...item, id: `${c.id}#gen-${kind}`, conceptId: c.id, source: 'generated', ...examPlace(c) };
}

/** Plausible distractors: related concepts, then the same topic, then the same top-level topic. */
export function neighbours(kb: KnowledgeBase, c: Concept, count = 12): Concept[] {
  const seen = new Set<string>([c.id]);
  const out: Concept[] = [];
  // Candidates are read lazily: with thousands of concepts, most concepts fill up in their own topic.
  for (const n of candidates(kb, c)) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push(n);
    if (out.length >= count) break;
  }
  return out;
}

function* candidates(kb: KnowledgeBase, c: Concept): Generator<Concept> {
  for (const id of c.related) {
    const r = kb.concept(id);
    if (r) yield r;
  }
  yield* kb.conceptsIn(c.topicId);
  const root = kb.rootTopicOf(c);
  if (root) yield* under(kb, root.id);
  yield* kb.concepts;
}

/** The concepts of a topic and its subtopics, in the order of `KnowledgeBase.conceptsUnder`. */
function* under(kb: KnowledgeBase, topicId: string): Generator<Concept> {
  yield* kb.conceptsIn(topicId);
  for (const t of kb.subtopics(topicId)) yield* under(kb, t.id);
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
