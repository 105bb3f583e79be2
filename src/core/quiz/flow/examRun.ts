// A mock exam as plain, immutable data, the way the real exam's interface works: every question's choices
// shuffled once at the start (from a seed, so a reload shows them the same), a response and a flag per
// question that can change until the exam is submitted, and a current place that moves freely: a question,
// or the review screen after the last one.
import type { QuizItem } from '../items';
import { isCorrect, present, responseLines, solutionLines, type Presentation, type Response } from '../present';
import { seededRandom } from '../../exam/mockExam';
import type { AnsweredItem } from './run';

export interface ExamRun {
  readonly items: readonly QuizItem[];
  /** Fixes every question's presentation: item k is shown with seededRandom(seed + k). */
  readonly seed: number;
  readonly shown: readonly Presentation[];
  /** The learner's current response per question; null while unanswered. */
  readonly responses: readonly (Response | null)[];
  readonly flags: readonly boolean[];
  /** Milliseconds the learner took to give each response (on its latest visit). */
  readonly ms: readonly number[];
  /** The question shown, 0-based; `items.length` is the review screen. */
  readonly index: number;
}

const showAll = (items: readonly QuizItem[], seed: number) =>
  items.map((item, k) => present(item, seededRandom(seed + k)));

export function newExam(items: readonly QuizItem[], seed: number): ExamRun {
  const n = items.length;
  return {
    items,
    seed: seed >>> 0,
    shown: showAll(items, seed >>> 0),
    responses: Array<Response | null>(n).fill(null),
    flags: Array<boolean>(n).fill(false),
    ms: Array<number>(n).fill(0),
    index: 0,
  };
}

export const onReview = (run: ExamRun): boolean => run.index >= run.items.length;

/** Whether a response answers its question: at least one choice picked, an order, or every item matched. */
export function answers(p: Presentation, r: Response | null): r is Response {
  if (typeof r !== 'object' || r === null) return false;
  const list = (key: string, n: number, length?: number): boolean => {
    const v: unknown = (r as unknown as Record<string, unknown>)[key];
    return (
      Array.isArray(v) &&
      (length === undefined ? v.length >= 1 : v.length === length) &&
      v.every(i => Number.isInteger(i) && i >= 0 && i < n)
    );
  };
  const distinct = (key: string) =>
    new Set((r as unknown as Record<string, unknown[]>)[key]).size ===
    (r as unknown as Record<string, unknown[]>)[key].length;
  switch (p.type) {
    case 'single':
      return (r.type === 'single' || r.type === 'multiple') && list('picked', p.choices.length, 1);
    case 'multiple':
      return (r.type === 'single' || r.type === 'multiple') && list('picked', p.choices.length) && distinct('picked');
    case 'ordering':
      return r.type === 'ordering' && list('order', p.items.length, p.items.length) && distinct('order');
    case 'matching':
      return r.type === 'matching' && list('matches', p.right.length, p.left.length);
  }
}

/** Moves to question `index`, or to the review screen at `items.length`; undefined when out of range. */
export function goTo(run: ExamRun, index: number): ExamRun | undefined {
  if (!Number.isInteger(index) || index < 0 || index > run.items.length) return undefined;
  return index === run.index ? run : { ...run, index };
}

/**
 * Sets (or changes) the response to question `index`; an empty choice clears it. Undefined when the index
 * is out of range or the response does not fit the question.
 */
export function respond(run: ExamRun, index: number, response: Response, ms: number): ExamRun | undefined {
  const p = run.shown[index];
  if (!p) return undefined;
  const picked: unknown =
    typeof response === 'object' && response !== null ? (response as { picked?: unknown }).picked : undefined;
  const cleared = (p.type === 'single' || p.type === 'multiple') && Array.isArray(picked) && picked.length === 0;
  if (!cleared && !answers(p, response)) return undefined;
  const at = <T>(list: readonly T[], v: T) => list.map((x, k) => (k === index ? v : x));
  return { ...run, responses: at(run.responses, cleared ? null : response), ms: at(run.ms, Math.max(0, ms)) };
}

export function flag(run: ExamRun, index: number, flagged: boolean): ExamRun | undefined {
  if (!run.items[index]) return undefined;
  return run.flags[index] === flagged ? run : { ...run, flags: run.flags.map((f, k) => (k === index ? flagged : f)) };
}

/** The scored exam: one result per question in order; unanswered ones are wrong and marked skipped. */
export function examResults(run: ExamRun): AnsweredItem[] {
  return run.items.map((item, k): AnsweredItem => {
    const p = run.shown[k];
    const r = run.responses[k];
    if (!answers(p, r)) return { item, correct: false, ms: 0, given: [], solution: solutionLines(p), skipped: true };
    return { item, correct: isCorrect(p, r), ms: run.ms[k], given: responseLines(p, r), solution: solutionLines(p) };
  });
}

/** An exam as plain JSON: the items by id, the seed, and the learner's responses, flags and place. */
export interface ExamSnapshot {
  readonly itemIds: readonly string[];
  readonly seed: number;
  readonly responses: readonly (Response | null)[];
  readonly flags: readonly boolean[];
  readonly ms: readonly number[];
  readonly index: number;
}

export function snapshotExam(run: ExamRun): ExamSnapshot {
  const { seed, responses, flags, ms, index } = run;
  return { itemIds: run.items.map(i => i.id), seed, responses, flags, ms, index };
}

/** An exam from a snapshot; undefined when it does not fit (malformed, or items that no longer exist). */
export function restoreExam(saved: unknown, itemById: (id: string) => QuizItem | undefined): ExamRun | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const s = saved as Partial<Record<keyof ExamSnapshot, unknown>>;
  const ids = s.itemIds;
  if (!Array.isArray(ids) || !ids.length || !ids.every(id => typeof id === 'string')) return undefined;
  const n = ids.length;
  const sized = (v: unknown): v is unknown[] => Array.isArray(v) && v.length === n;
  if (!Number.isInteger(s.seed) || !sized(s.responses) || !sized(s.flags) || !sized(s.ms)) return undefined;
  if (!Number.isInteger(s.index) || (s.index as number) < 0 || (s.index as number) > n) return undefined;
  const items = (ids as string[]).map(itemById);
  if (!items.every((i): i is QuizItem => !!i)) return undefined;
  let run: ExamRun | undefined = { ...newExam(items, s.seed as number), index: s.index as number };
  for (let k = 0; k < n && run; k++) {
    const r = s.responses[k];
    const ms = s.ms[k];
    const f = s.flags[k];
    if (typeof f !== 'boolean' || typeof ms !== 'number' || !Number.isFinite(ms)) return undefined;
    run = flag(run, k, f);
    if (run && r !== null) run = respond(run, k, r as Response, ms);
  }
  return run;
}
