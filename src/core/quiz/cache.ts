// The quiz items of a knowledge base, built once on first use and shared by every surface.
import type { KnowledgeBase } from '../knowledgeBase';
import { buildQuizItems, type QuizItem } from './items';

const quizzes = new WeakMap<KnowledgeBase, QuizItem[]>();

/** Every quiz item, authored and generated, each with its concept id and type. */
export function quizItemsOf(kb: KnowledgeBase): QuizItem[] {
  let items = quizzes.get(kb);
  if (!items) quizzes.set(kb, (items = buildQuizItems(kb)));
  return items;
}
