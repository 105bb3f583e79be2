// The chance of answering one exam item right at a given time, from its FSRS card: what the learner
// recalls (the forgetting curve), plus a lucky guess when they do not. Unseen items are a pure guess.
import { computeDecayFactor, createEmptyCard, default_w, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import { examPool } from '../quiz/exam';
import { quizItemsOf } from '../quiz/cache';
import type { QuizItem } from '../quiz/items';
import type { KnowledgeBase } from '../knowledgeBase';
import { itemState, loadCard, type ProgressData } from '../progress/progress';

const DAY = 86_400_000;
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
/** FSRS's forgetting curve with its default parameters: R = (1 + factor · t / S) ^ decay. */
const { decay, factor } = computeDecayFactor(default_w);

/** One exam item as the readiness estimate sees it. */
export interface ItemModel {
  readonly id: string;
  readonly domain: number;
  readonly skill?: string;
  readonly conceptId: string;
  /** The chance of a right answer by guessing alone. */
  readonly guess: number;
  /** The FSRS card once the item has been reviewed. */
  readonly card?: Card;
  /** Answers given (0 for an unseen item), and the share right (for items with no reviewed card). */
  readonly answers: number;
  readonly rightShare: number;
}

/** The chance of a right answer by guessing: one of n choices, the right k of n, or the one right order. */
export function guessRate(item: QuizItem): number {
  switch (item.type) {
    case 'single':
      return 1 / Math.max(1, item.choices.length);
    case 'multiple':
      return 1 / choose(item.choices.length, item.answer.length);
    case 'ordering':
      return 1 / factorial(item.items.length);
    case 'matching':
      return 1 / factorial(item.pairs.length);
  }
}

/** The exam items of a knowledge base (nothing retired or off-exam, only items with a domain), with progress. */
export function itemModels(kb: KnowledgeBase, progress: ProgressData): ItemModel[] {
  const out: ItemModel[] = [];
  for (const item of examPool(kb, quizItemsOf(kb))) {
    if (!item.domain) continue;
    const s = itemState(progress, item.id);
    const card = s?.card.last_review ? loadCard(s.card) : undefined;
    out.push({
      id: item.id,
      domain: item.domain,
      ...(item.skill ? { skill: item.skill } : {}),
      conceptId: item.conceptId,
      guess: guessRate(item),
      ...(card ? { card } : {}),
      answers: s?.seen ?? 0,
      rightShare: s && s.seen ? s.correct / s.seen : 0,
    });
  }
  return out;
}

/**
 * How often recalling a practised question carries over to a new exam question on the same concept:
 * the exam asks its own questions, not the ones practised here. An assumption, and a cautious one.
 */
export const TRANSFER = 0.9;

/** The chance of a right answer at `atMs`: recall by the forgetting curve (times TRANSFER), else a guess. */
export function chanceRight(m: Pick<ItemModel, 'guess' | 'card' | 'answers' | 'rightShare'>, atMs: number): number {
  const recall = m.card ? recallAt(m.card, atMs) : m.answers ? (m.rightShare * m.answers) / (m.answers + 2) : 0;
  const known = TRANSFER * recall;
  return known + (1 - known) * m.guess;
}

/** FSRS retrievability of a reviewed card at `atMs` (1 when `atMs` is before its last review). */
export function recallAt(card: Card, atMs: number): number {
  const last = card.last_review ? card.last_review.getTime() : atMs;
  const days = Math.max(0, (atMs - last) / DAY);
  return card.stability > 0 ? Math.pow(1 + (factor * days) / card.stability, decay) : 0;
}

/** The card after one successful review at `atMs` (for planning: a review is assumed to go well). */
export function reviewed(card: Card | undefined, atMs: number): Card {
  const at = new Date(atMs);
  return scheduler.next(card ?? createEmptyCard(at), at, Rating.Good).card;
}

function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.max(1, Math.round(r));
}

function factorial(n: number): number {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}
