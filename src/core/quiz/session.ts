import type { QuizItem } from './items';
import { isCorrect, permutation, present, responseLines, solutionLines, type Presentation, type Random, type Response } from './present';

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

/** A session as plain JSON, to be saved after every step and restored after a reload. */
export interface SessionSnapshot {
  readonly itemIds: readonly string[];
  readonly index: number;
  readonly answered: readonly { readonly itemId: string; readonly correct: boolean; readonly ms: number; readonly given: readonly string[]; readonly solution: readonly string[]; readonly skipped?: boolean }[];
}

/** One run of questions: which item is current, how it was shown, and what was answered. */
export class QuizSession {
  private index = 0;
  private presentation: Presentation | undefined;
  private readonly answered: AnsweredItem[] = [];

  constructor(private readonly items: readonly QuizItem[], private readonly random: Random = Math.random) {}

  /** Picks up to `count` items at random, authored ones first. */
  static draw(pool: readonly QuizItem[], count: number, random: Random = Math.random): QuizItem[] {
    const authored = pool.filter(i => i.source === 'authored');
    const generated = pool.filter(i => i.source === 'generated');
    const pick = (list: readonly QuizItem[]) => permutation(list.length, random).map(i => list[i]);
    const chosen = [...pick(authored), ...pick(generated)].slice(0, count);
    return pick(chosen);
  }

  /**
   * A session from a snapshot, given the items by id. Undefined when the snapshot does not fit
   * (malformed, or items that no longer exist), so a stale snapshot is dropped, never half-used.
   */
  static restore(snapshot: unknown, itemById: (id: string) => QuizItem | undefined, random: Random = Math.random): QuizSession | undefined {
    if (!isSnapshot(snapshot)) return undefined;
    const items = snapshot.itemIds.map(itemById);
    if (!items.every((i): i is QuizItem => !!i)) return undefined;
    if (snapshot.answered.some((a, k) => a.itemId !== items[k].id) || snapshot.answered.length < snapshot.index || snapshot.answered.length > snapshot.index + 1) return undefined;
    const s = new QuizSession(items, random);
    s.index = snapshot.index;
    s.answered.push(...snapshot.answered.map((a, k) => ({ item: items[k], correct: a.correct, ms: a.ms, given: a.given, solution: a.solution, ...(a.skipped ? { skipped: true } : {}) })));
    return s;
  }

  get total(): number { return this.items.length; }
  get position(): number { return this.index; }
  get done(): boolean { return this.index >= this.items.length; }
  get results(): readonly AnsweredItem[] { return this.answered; }
  /** Whether the current item has been answered (and the session waits for `next`). */
  get answeredCurrent(): boolean { return this.answered.length > this.index; }

  /** The current item and how it is shown (shuffled once per item). */
  current(): { item: QuizItem; presentation: Presentation } | undefined {
    const item = this.items[this.index];
    if (!item) return undefined;
    this.presentation ??= present(item, this.random);
    return { item, presentation: this.presentation };
  }

  /** Scores the current item; undefined when there is none or it was answered already. */
  answer(response: Response, ms: number): AnsweredItem | undefined {
    const cur = this.current();
    if (!cur || this.answeredCurrent) return undefined;
    const correct = isCorrect(cur.presentation, response);
    const result: AnsweredItem = { item: cur.item, correct, ms, given: responseLines(cur.presentation, response), solution: solutionLines(cur.presentation) };
    this.answered.push(result);
    return result;
  }

  /** Moves on once the current item has been answered. */
  next(): boolean {
    if (!this.answeredCurrent) return false;
    this.index++;
    this.presentation = undefined;
    return true;
  }

  /** Ends the session now: every item not yet answered counts as wrong and skipped. */
  finish(): void {
    for (let k = this.answered.length; k < this.items.length; k++) {
      const item = this.items[k];
      this.answered.push({ item, correct: false, ms: 0, given: [], solution: solutionLines(present(item, this.random)), skipped: true });
    }
    this.index = this.items.length;
    this.presentation = undefined;
  }

  snapshot(): SessionSnapshot {
    return {
      itemIds: this.items.map(i => i.id), index: this.index,
      answered: this.answered.map(a => ({ itemId: a.item.id, correct: a.correct, ms: a.ms, given: a.given, solution: a.solution, ...(a.skipped ? { skipped: true } : {}) })),
    };
  }
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(s => typeof s === 'string');

function isSnapshot(v: unknown): v is SessionSnapshot {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return isStringList(s.itemIds) && s.itemIds.length > 0 && Number.isInteger(s.index) && (s.index as number) >= 0 && (s.index as number) <= s.itemIds.length
    && Array.isArray(s.answered) && s.answered.length <= s.itemIds.length
    && s.answered.every(a => typeof a === 'object' && a !== null && typeof a.itemId === 'string' && typeof a.correct === 'boolean'
      && typeof a.ms === 'number' && Number.isFinite(a.ms) && isStringList(a.given) && isStringList(a.solution));
}
