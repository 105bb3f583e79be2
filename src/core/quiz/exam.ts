// The mock exam: drawing questions across topics like the real exam, and its score report.
import { GUIDE_DOMAINS, examSkill } from '../exam/guide';
import type { KnowledgeBase } from '../knowledgeBase';
import type { QuizItem } from './items';
import { permutation, type Random } from './present';
import type { AnsweredItem } from './session';

/** The AWS Certified AI Practitioner (AIF-C01) exam: 65 questions in 90 minutes. */
export const EXAM_QUESTIONS = 65;
export const EXAM_MINUTES = 90;

/** The exam guide's content domains. */
export const EXAM_DOMAINS: Readonly<Record<number, string>> = Object.fromEntries(
  GUIDE_DOMAINS.map(d => [d.domain, d.title]),
);

/** The items a mock exam may draw: none about a retired service or background beyond the exam. */
export function examPool(kb: KnowledgeBase, items: readonly QuizItem[]): QuizItem[] {
  return items.filter(i => !kb.concept(i.conceptId)?.exam?.status);
}

/** Minutes for `count` questions at the real exam's pace (at least one). */
export function examMinutes(count: number): number {
  return Math.max(1, Math.ceil((count * EXAM_MINUTES) / EXAM_QUESTIONS));
}

/**
 * Up to `count` items spread across groups (root topics): the groups take turns in a random
 * order, and inside a group every concept gets a question before any gets a second, authored
 * items before generated ones. The result is shuffled.
 */
export function drawExam(
  pool: readonly QuizItem[],
  count: number,
  groupOf: (item: QuizItem) => string,
  random: Random = Math.random,
): QuizItem[] {
  const shuffled = (list: readonly QuizItem[]) => permutation(list.length, random).map(i => list[i]);
  const groups = new Map<string, QuizItem[]>();
  for (const item of pool) {
    const key = groupOf(item);
    const g = groups.get(key);
    if (g) g.push(item);
    else groups.set(key, [item]);
  }
  const queues = [...groups.values()].map(items => {
    // Rounds: the first item of each concept, then the second, ...; authored first within a round.
    const byConcept = new Map<string, QuizItem[]>();
    for (const item of [
      ...shuffled(items.filter(i => i.source === 'authored')),
      ...shuffled(items.filter(i => i.source === 'generated')),
    ]) {
      const list = byConcept.get(item.conceptId);
      if (list) list.push(item);
      else byConcept.set(item.conceptId, [item]);
    }
    const lists = [...byConcept.values()];
    const queue: QuizItem[] = [];
    for (let round = 0; queue.length < items.length; round++) {
      const inRound = lists.filter(l => l.length > round).map(l => l[round]);
      queue.push(...inRound.filter(i => i.source === 'authored'), ...inRound.filter(i => i.source === 'generated'));
    }
    return queue;
  });
  const order = permutation(queues.length, random).map(i => queues[i]);
  const chosen: QuizItem[] = [];
  const want = Math.max(0, Math.min(Math.floor(count), pool.length));
  for (let round = 0; chosen.length < want; round++) {
    for (const q of order) if (round < q.length && chosen.length < want) chosen.push(q[round]);
  }
  return shuffled(chosen);
}

export interface ScoreLine {
  readonly label: string;
  readonly correct: number;
  readonly total: number;
  /** An exam domain's weight on the real exam, in percent. */
  readonly weight?: number;
}

export interface ExamReport {
  readonly correct: number;
  readonly total: number;
  readonly skipped: number;
  readonly byTopic: readonly ScoreLine[];
  readonly byDomain: readonly ScoreLine[];
  /** Per exam-guide skill, in the guide's order ("1.1.a Basic AI terms…"); untagged questions are left out. */
  readonly bySkill: readonly ScoreLine[];
  /** Wrong or skipped answers, in the order they were asked. */
  readonly wrong: readonly AnsweredItem[];
}

/** Scores a finished session overall, per root topic, per exam domain (with its weight) and per skill. */
export function examReport(kb: KnowledgeBase, results: readonly AnsweredItem[]): ExamReport {
  const topics = new Map<string, { order: number; line: Line }>();
  const domains = new Map<number, Line>();
  const skills = new Map<string, Line>();
  const add = (line: Line, r: AnsweredItem) => {
    line.total++;
    if (r.correct) line.correct++;
  };
  for (const r of results) {
    const concept = kb.concept(r.item.conceptId);
    const root = concept && kb.rootTopicOf(concept);
    const key = root?.id ?? '';
    let t = topics.get(key);
    if (!t) {
      topics.set(key, (t = { order: root?.order ?? Number.MAX_SAFE_INTEGER, line: line(root?.title ?? 'Other') }));
    }
    add(t.line, r);
    const domain = r.item.domain ?? concept?.exam?.domain ?? 0;
    let d = domains.get(domain);
    if (!d) domains.set(domain, (d = domainLine(domain)));
    add(d, r);
    const skill = r.item.skill;
    if (!skill) continue;
    let k = skills.get(skill);
    if (!k) skills.set(skill, (k = line(`${skill} ${examSkill(skill)?.label ?? ''}`.trim())));
    add(k, r);
  }
  return {
    correct: results.filter(r => r.correct).length,
    total: results.length,
    skipped: results.filter(r => r.skipped).length,
    byTopic: [...topics.values()].sort((a, b) => a.order - b.order).map(t => t.line),
    byDomain: [...domains.entries()].sort((a, b) => (a[0] || 99) - (b[0] || 99)).map(([, l]) => l),
    bySkill: [...skills.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([, l]) => l),
    wrong: results.filter(r => !r.correct),
  };
}

type Line = { label: string; correct: number; total: number; weight?: number };
const line = (label: string): Line => ({ label, correct: 0, total: 0 });

function domainLine(domain: number): Line {
  const d = GUIDE_DOMAINS.find(g => g.domain === domain);
  return d ? { ...line(`Domain ${domain}: ${d.title}`), weight: d.weight } : line('No exam domain');
}
