// One run of questions as plain, immutable data: which item is current, how it is shown, what was
// answered. Every step returns a new run; QuizSession and the quiz flow are built on these functions.
import type { QuizItem } from '../items';
import {
  isCorrect,
  present,
  responseLines,
  solutionLines,
  type Presentation,
  type Random,
  type Response,
} from '../present';

export interface AnsweredItem {
  readonly item: QuizItem;
  readonly correct: boolean;
  readonly ms: number;
  /** The learner's answer and the right one, as text lines (empty `given` when unanswered). */
  readonly given: readonly string[];
  readonly solution: readonly string[];
  /** True for items left unanswered when the session was finished early (e.g. the timer ran out). */
  readonly skipped?: boolean;
}

export interface RunData {
  readonly items: readonly QuizItem[];
  readonly index: number;
  /** How the current item is shown (shuffled once per item), once it has been asked for. */
  readonly shown?: Presentation;
  readonly answered: readonly AnsweredItem[];
}

/** A run as plain JSON, saved after every step and restored after a reload. */
export interface SessionSnapshot {
  readonly itemIds: readonly string[];
  readonly index: number;
  readonly answered: readonly {
    readonly itemId: string;
    readonly correct: boolean;
    readonly ms: number;
    readonly given: readonly string[];
    readonly solution: readonly string[];
    readonly skipped?: boolean;
  }[];
}

export const newRun = (items: readonly QuizItem[]): RunData => ({ items, index: 0, answered: [] });
export const isDone = (run: RunData): boolean => run.index >= run.items.length;
/** Whether the current item has been answered (and the run waits for `nextItem`). */
export const answeredCurrent = (run: RunData): boolean => run.answered.length > run.index;

/** The run with its current item's presentation fixed, and that item; undefined when the run is done. */
export function showCurrent(
  run: RunData,
  random: Random,
): { run: RunData; item: QuizItem; shown: Presentation } | undefined {
  const item = run.items[run.index];
  if (!item) return undefined;
  const shown = run.shown ?? present(item, random);
  return { run: run.shown ? run : { ...run, shown }, item, shown };
}

/** Scores the current item; undefined when there is none or it was answered already. */
export function answerItem(
  run: RunData,
  response: Response,
  ms: number,
  random: Random,
): { run: RunData; result: AnsweredItem } | undefined {
  const cur = showCurrent(run, random);
  if (!cur || answeredCurrent(run)) return undefined;
  const result: AnsweredItem = {
    item: cur.item,
    correct: isCorrect(cur.shown, response),
    ms,
    given: responseLines(cur.shown, response),
    solution: solutionLines(cur.shown),
  };
  return { run: { ...cur.run, answered: [...run.answered, result] }, result };
}

/** Moves on once the current item has been answered; undefined when it has not been. */
export function nextItem(run: RunData): RunData | undefined {
  return answeredCurrent(run) ? { items: run.items, index: run.index + 1, answered: run.answered } : undefined;
}

/** Ends the run now: every item not yet answered counts as wrong and skipped. */
export function finishRun(run: RunData, random: Random): RunData {
  const skipped = run.items.slice(run.answered.length).map((item): AnsweredItem => ({
    item,
    correct: false,
    ms: 0,
    given: [],
    solution: solutionLines(present(item, random)),
    skipped: true,
  }));
  return { items: run.items, index: run.items.length, answered: [...run.answered, ...skipped] };
}

export function snapshotRun(run: RunData): SessionSnapshot {
  return {
    itemIds: run.items.map(i => i.id),
    index: run.index,
    answered: run.answered.map(a => ({
      itemId: a.item.id,
      correct: a.correct,
      ms: a.ms,
      given: a.given,
      solution: a.solution,
      ...(a.skipped ? { skipped: true } : {}),
    })),
  };
}

/**
 * A run from a snapshot, given the items by id. Undefined when the snapshot does not fit (malformed, or
 * items that no longer exist), so a stale snapshot is dropped, never half-used.
 */
export function restoreRun(snapshot: unknown, itemById: (id: string) => QuizItem | undefined): RunData | undefined {
  if (!isSnapshot(snapshot)) return undefined;
  const items = snapshot.itemIds.map(itemById);
  if (!items.every((i): i is QuizItem => !!i)) return undefined;
  const { answered, index } = snapshot;
  if (answered.some((a, k) => a.itemId !== items[k].id) || answered.length < index || answered.length > index + 1)
    return undefined;
  return {
    items,
    index,
    answered: answered.map((a, k) => ({
      item: items[k],
      correct: a.correct,
      ms: a.ms,
      given: a.given,
      solution: a.solution,
      ...(a.skipped ? { skipped: true } : {}),
    })),
  };
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(s => typeof s === 'string');

function isSnapshot(v: unknown): v is SessionSnapshot {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  const index = s.index as number;
  return (
    isStringList(s.itemIds) &&
    s.itemIds.length > 0 &&
    Number.isInteger(index) &&
    index >= 0 &&
    index <= s.itemIds.length &&
    Array.isArray(s.answered) &&
    s.answered.length <= s.itemIds.length &&
    s.answered.every(
      a =>
        typeof a === 'object' &&
        a !== null &&
        typeof a.itemId === 'string' &&
        typeof a.correct === 'boolean' &&
        typeof a.ms === 'number' &&
        Number.isFinite(a.ms) &&
        isStringList(a.given) &&
        isStringList(a.solution),
    )
  );
}
