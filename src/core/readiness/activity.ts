// Study activity for the readiness view: answers per day over the last weeks, the streak, and the
// concept pairs the learner mixes up. Pure: the time is passed in.
import type { KnowledgeBase } from '../knowledgeBase';
import { formKey } from '../knowledgeBase';
import type { Concept } from '../model';
import { dayKey } from '../progress/history';
import type { ProgressData } from '../progress/progress';
import type { QuizItem } from '../quiz/items';
import { conceptsByName } from '../quiz/lint';

export interface DayCount {
  /** "YYYY-MM-DD", local time. */
  readonly day: string;
  readonly count: number;
}

export interface StudyActivity {
  /** Every day from the first day of the first week shown through today, oldest first (weeks start on Monday). */
  readonly days: readonly DayCount[];
  /** Days in a row with at least one answer, ending today (or yesterday, when today has none yet). */
  readonly streak: number;
  /** Answers and days with answers in the period shown. */
  readonly answers: number;
  readonly activeDays: number;
  /** True when the counts come from the items' last answers only (progress saved before the calendar existed). */
  readonly approximate: boolean;
}

/** Answers per day over the last `weeks` weeks (26) and the streak. */
export function studyActivity(progress: ProgressData, options: { now: Date; weeks?: number }): StudyActivity {
  const counts = progress.days ?? lastAnswerDays(progress);
  const count = (d: Date) => (Object.hasOwn(counts, dayKey(d)) ? counts[dayKey(d)] : 0);
  const today = midnight(options.now);
  const first = addDays(today, -((today.getDay() + 6) % 7) - 7 * (Math.max(1, options.weeks ?? 26) - 1));
  const days: DayCount[] = [];
  for (let d = first; d <= today; d = addDays(d, 1)) days.push({ day: dayKey(d), count: count(d) });
  let streak = 0;
  for (let d = count(today) ? today : addDays(today, -1); count(d) > 0; d = addDays(d, -1)) streak++;
  return {
    days,
    streak,
    answers: days.reduce((n, d) => n + d.count, 0),
    activeDays: days.filter(d => d.count).length,
    approximate: !progress.days,
  };
}

export interface ConfusedPair {
  readonly a: { readonly id: string; readonly title: string };
  readonly b: { readonly id: string; readonly title: string };
  /** Wrong answers that chose B's answer for A, and A's for B. */
  readonly count: number;
}

/** The concept pairs confused most often, both directions counted together; most first. */
export function confusedPairs(kb: KnowledgeBase, progress: ProgressData, limit = 5): ConfusedPair[] {
  const pairs = new Map<string, { a: Concept; b: Concept; count: number }>();
  for (const [key, n] of Object.entries(progress.confusions ?? {})) {
    const [x, y] = key.split('>');
    const a = kb.concept(x),
      b = kb.concept(y);
    if (!a || !b) continue;
    const [p, q] = a.id < b.id ? [a, b] : [b, a];
    const k = `${p.id}>${q.id}`;
    const pair = pairs.get(k) ?? { a: p, b: q, count: 0 };
    pair.count += n;
    pairs.set(k, pair);
  }
  return [...pairs.values()]
    .sort((x, y) => y.count - x.count || x.a.title.localeCompare(y.a.title))
    .slice(0, limit)
    .map(({ a, b, count }) => ({ a: { id: a.id, title: a.title }, b: { id: b.id, title: b.title }, count }));
}

/**
 * The concept whose answer a wrong answer chose: a chosen option (of a single or multiple choice
 * question) that is not right and names another concept, or is another concept's summary.
 */
export function confusedWith(kb: KnowledgeBase, item: QuizItem, given: readonly string[]): string | undefined {
  if (item.type !== 'single' && item.type !== 'multiple') return undefined;
  const answers = item.type === 'single' ? [item.answer] : item.answer;
  const right = new Set(answers.map(i => formKey(item.choices[i] ?? '')));
  const byName = namesOf(kb);
  for (const choice of given) {
    const key = formKey(choice);
    if (right.has(key)) continue;
    const c = byName.name(choice) ?? byName.summary.get(key);
    if (c && c.id !== item.conceptId) return c.id;
  }
  return undefined;
}

const names = new WeakMap<KnowledgeBase, { name: (n: string) => Concept | undefined; summary: Map<string, Concept> }>();

function namesOf(kb: KnowledgeBase) {
  let n = names.get(kb);
  if (!n) {
    const summary = new Map<string, Concept>();
    for (const c of kb.concepts) if (c.summary && !summary.has(formKey(c.summary))) summary.set(formKey(c.summary), c);
    names.set(kb, (n = { name: conceptsByName(kb.concepts), summary }));
  }
  return n;
}

/** One answer per item on its last answer's day: all that progress saved before the calendar tells. */
function lastAnswerDays(progress: ProgressData): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of Object.values(progress.items)) {
    const k = dayKey(new Date(s.lastAnswer));
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
