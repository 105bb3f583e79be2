// A quiz session as a mutable object over the immutable run functions of flow/run.ts.
import {
  answerItem,
  answeredCurrent,
  finishRun,
  isDone,
  newRun,
  nextItem,
  restoreRun,
  showCurrent,
  snapshotRun,
  type AnsweredItem,
  type RunData,
  type SessionSnapshot,
} from './flow/run';
import type { QuizItem } from './items';
import { permutation, type Presentation, type Random, type Response } from './present';

export type { AnsweredItem, SessionSnapshot } from './flow/run';

/** One run of questions: which item is current, how it was shown, and what was answered. */
export class QuizSession {
  private run: RunData;

  constructor(
    items: readonly QuizItem[],
    private readonly random: Random = Math.random,
  ) {
    this.run = newRun(items);
  }

  /** Picks up to `count` items at random, authored ones first. */
  static draw(pool: readonly QuizItem[], count: number, random: Random = Math.random): QuizItem[] {
    const authored = pool.filter(i => i.source === 'authored');
    const generated = pool.filter(i => i.source === 'generated');
    const pick = (list: readonly QuizItem[]) => permutation(list.length, random).map(i => list[i]);
    const chosen = [...pick(authored), ...pick(generated)].slice(0, count);
    return pick(chosen);
  }

  /** A session from a snapshot (see restoreRun); undefined when it does not fit. */
  static restore(
    snapshot: unknown,
    itemById: (id: string) => QuizItem | undefined,
    random: Random = Math.random,
  ): QuizSession | undefined {
    const run = restoreRun(snapshot, itemById);
    if (!run) return undefined;
    const s = new QuizSession([], random);
    s.run = run;
    return s;
  }

  get total(): number {
    return this.run.items.length;
  }
  get position(): number {
    return this.run.index;
  }
  get done(): boolean {
    return isDone(this.run);
  }
  get results(): readonly AnsweredItem[] {
    return this.run.answered;
  }
  get answeredCurrent(): boolean {
    return answeredCurrent(this.run);
  }

  current(): { item: QuizItem; presentation: Presentation } | undefined {
    const cur = showCurrent(this.run, this.random);
    if (!cur) return undefined;
    this.run = cur.run;
    return { item: cur.item, presentation: cur.shown };
  }

  answer(response: Response, ms: number): AnsweredItem | undefined {
    const step = answerItem(this.run, response, ms, this.random);
    if (!step) return undefined;
    this.run = step.run;
    return step.result;
  }

  next(): boolean {
    const run = nextItem(this.run);
    if (run) this.run = run;
    return !!run;
  }

  finish(): void {
    this.run = finishRun(this.run, this.random);
  }

  snapshot(): SessionSnapshot {
    return snapshotRun(this.run);
  }
}
