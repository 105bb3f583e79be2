import type { QuizItem } from './items';
import { isCorrect, permutation, present, solutionLines, type Presentation, type Random, type Response } from './present';

export interface AnsweredItem {
  readonly item: QuizItem;
  readonly correct: boolean;
  readonly ms: number;
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

  get total(): number { return this.items.length; }
  get position(): number { return this.index; }
  get done(): boolean { return this.index >= this.items.length; }
  get results(): readonly AnsweredItem[] { return this.answered; }

  /** The current item and how it is shown (shuffled once per item). */
  current(): { item: QuizItem; presentation: Presentation } | undefined {
    const item = this.items[this.index];
    if (!item) return undefined;
    this.presentation ??= present(item, this.random);
    return { item, presentation: this.presentation };
  }

  /** Scores the current item; undefined when there is none or it was answered already. */
  answer(response: Response, ms: number): { correct: boolean; solution: string[]; item: QuizItem } | undefined {
    const cur = this.current();
    if (!cur || this.answered.length > this.index) return undefined;
    const correct = isCorrect(cur.presentation, response);
    this.answered.push({ item: cur.item, correct, ms });
    return { correct, solution: solutionLines(cur.presentation), item: cur.item };
  }

  /** Moves on once the current item has been answered. */
  next(): boolean {
    if (this.answered.length <= this.index) return false;
    this.index++;
    this.presentation = undefined;
    return true;
  }
}
