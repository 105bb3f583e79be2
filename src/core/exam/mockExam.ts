// The mock exam's draw: questions by exam domain in the guide's weights, and inside a domain spread over
// its skills and concepts, authored questions first. Deterministic for a seed.
import type { KnowledgeBase } from '../knowledgeBase';
import { quizItemsOf } from '../quiz/cache';
import { examPool } from '../quiz/exam';
import type { QuizItem } from '../quiz/items';
import { permutation, type Random } from '../quiz/present';
import { GUIDE_DOMAINS } from './guide';

export interface MockExamOptions {
  /** How many questions (65 on the real exam); fewer when the pool is smaller. */
  readonly count: number;
  /** The same seed draws the same exam; a function is used as the random source itself. */
  readonly seed?: number | Random;
}

/** A drawn question with the exam domain and skill it counts for (0 and no skill: an untagged note's). */
export interface DrawnItem {
  readonly item: QuizItem;
  readonly domain: number;
  readonly skill?: string;
}

/** A small, fast seeded random source in [0, 1) (mulberry32). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seats per group for `count` questions by largest remainder: each group gets the floor of its exact share,
 * and the seats left go to the largest remainders (ties to the earlier group). A group never gets more than
 * it can fill (`room`); seats it cannot fill are shared out again among the others by the same rule.
 */
export function apportion(count: number, weights: readonly number[], room: readonly number[]): number[] {
  const seats = weights.map(() => 0);
  let left = Math.max(
    0,
    Math.min(
      Math.floor(count),
      room.reduce((a, b) => a + b, 0),
    ),
  );
  while (left > 0) {
    const open = weights.map((w, i) => (seats[i] < room[i] && w > 0 ? i : -1)).filter(i => i >= 0);
    const groups = open.length ? open : room.map((r, i) => (seats[i] < r ? i : -1)).filter(i => i >= 0);
    const total = groups.reduce((a, i) => a + (open.length ? weights[i] : 1), 0);
    const exact = groups.map(i => (left * (open.length ? weights[i] : 1)) / total);
    const add = exact.map((e, k) => Math.min(Math.floor(e), room[groups[k]] - seats[groups[k]]));
    let rest = left - add.reduce((a, b) => a + b, 0);
    const remainder = (k: number) => exact[k] - Math.floor(exact[k]);
    const byRemainder = groups.map((_, k) => k).sort((x, y) => remainder(y) - remainder(x) || x - y);
    for (const k of byRemainder) {
      if (rest === 0) break;
      if (seats[groups[k]] + add[k] < room[groups[k]]) {
        add[k]++;
        rest--;
      }
    }
    add.forEach((n, k) => {
      seats[groups[k]] += n;
    });
    const placed = add.reduce((a, b) => a + b, 0);
    if (placed === 0) break;
    left -= placed;
  }
  return seats;
}

/**
 * The order in which a domain's items are drawn: rounds over its concepts (every concept's first question
 * before any concept's second), authored before generated inside a round, and inside those the skills in
 * turn, so a short draw still spreads over the domain's skills.
 */
export function domainQueue(items: readonly QuizItem[], random: Random): QuizItem[] {
  const shuffled = <T>(list: readonly T[]) => permutation(list.length, random).map(i => list[i]);
  const byConcept = new Map<string, QuizItem[]>();
  const authoredFirst = [
    ...shuffled(items.filter(i => i.source === 'authored')),
    ...shuffled(items.filter(i => i.source !== 'authored')),
  ];
  for (const item of authoredFirst) {
    const list = byConcept.get(item.conceptId);
    if (list) list.push(item);
    else byConcept.set(item.conceptId, [item]);
  }
  const lists = shuffled([...byConcept.values()]);
  const skillOrder = new Map(shuffled([...new Set(items.map(i => i.skill ?? ''))]).map((s, k) => [s, k]));
  const queue: QuizItem[] = [];
  for (let round = 0; queue.length < items.length; round++) {
    const inRound = lists.filter(l => l.length > round).map(l => l[round]);
    queue.push(
      ...bySkillInTurn(
        inRound.filter(i => i.source === 'authored'),
        skillOrder,
      ),
      ...bySkillInTurn(
        inRound.filter(i => i.source !== 'authored'),
        skillOrder,
      ),
    );
  }
  return queue;
}

/** Items dealt one skill at a time: the first of each skill, then the second, ... */
function bySkillInTurn(items: readonly QuizItem[], skillOrder: ReadonlyMap<string, number>): QuizItem[] {
  const bySkill = new Map<string, QuizItem[]>();
  for (const i of items) {
    const key = i.skill ?? '';
    const list = bySkill.get(key);
    if (list) list.push(i);
    else bySkill.set(key, [i]);
  }
  const rank = (skill: string) => skillOrder.get(skill) ?? 0;
  const lists = [...bySkill.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(e => e[1]);
  const out: QuizItem[] = [];
  for (let k = 0; out.length < items.length; k++) for (const l of lists) if (k < l.length) out.push(l[k]);
  return out;
}

/** A case study's key in a pool ("concept/case-1"), or undefined for a question on its own. */
const caseOf = (i: QuizItem) => (i.case ? `${i.conceptId}/${i.case.id}` : undefined);

/**
 * A mock exam from the pool of `items`: each domain's share by the guide's weights (largest remainder, so
 * at 65 questions every domain is within one question of its weight), nothing retired or off-exam. Items
 * of untagged notes only fill seats the domains cannot. A case study comes whole, its questions in order
 * and together; an exam of 10 or more questions has at least one case study when the pool has one. The
 * order is shuffled; each item comes with its domain and skill.
 */
export function drawMockItems(kb: KnowledgeBase, items: readonly QuizItem[], options: MockExamOptions): DrawnItem[] {
  const random = typeof options.seed === 'function' ? options.seed : seededRandom(options.seed ?? Date.now());
  const pool = examPool(kb, items);
  const groups = [
    ...GUIDE_DOMAINS.map(d => pool.filter(i => i.domain === d.domain)),
    pool.filter(i => !GUIDE_DOMAINS.some(d => d.domain === i.domain)),
  ];
  const count = Math.max(0, Math.floor(options.count));
  const seats = apportion(
    count,
    [...GUIDE_DOMAINS.map(d => d.weight), 0],
    groups.map(l => l.length),
  );
  const partsOf = new Map<string, QuizItem[]>();
  for (const i of pool) {
    const key = caseOf(i);
    const part = (x: QuizItem) => x.case?.part ?? 0;
    if (key)
      partsOf.set(
        key,
        [...(partsOf.get(key) ?? []), i].sort((a, b) => part(a) - part(b)),
      );
  }
  // The featured case: one whose questions all sit in one domain with seats enough for them.
  const fits = (parts: QuizItem[]) =>
    groups.findIndex((g, k) => k < GUIDE_DOMAINS.length && parts.every(p => g.includes(p)) && seats[k] >= parts.length);
  const candidates = count >= 10 ? [...partsOf.values()].filter(parts => fits(parts) >= 0) : [];
  const featured = candidates.length ? candidates[Math.floor(random() * candidates.length)] : undefined;
  const units: QuizItem[][] = [];
  groups.forEach((list, k) => {
    let left = seats[k];
    const seen = new Set<string>();
    const take = (unit: QuizItem[]) => {
      units.push(unit);
      left -= unit.length;
      unit.forEach(i => seen.add(i.id));
    };
    if (featured && fits(featured) === k) take(featured);
    const queue = domainQueue(list, random);
    const here = new Set(list);
    for (const item of queue) {
      if (left <= 0) break;
      const key = caseOf(item);
      const unit = key ? (partsOf.get(key) ?? [item]).filter(p => here.has(p)) : [item];
      if (!seen.has(item.id) && unit.length <= left) take(unit);
    }
    // A case cut short, only when nothing else is left.
    for (const item of queue) if (left > 0 && !seen.has(item.id)) take([item]);
  });
  return permutation(units.length, random)
    .flatMap(u => units[u])
    .map(item => ({ item, domain: item.domain ?? 0, ...(item.skill ? { skill: item.skill } : {}) }));
}

/** The Node API: a mock exam of `count` questions from the knowledge base's quiz items. */
export function drawMockExam(kb: KnowledgeBase, options: MockExamOptions): DrawnItem[] {
  return drawMockItems(kb, quizItemsOf(kb), options);
}
