// Which questions a quiz asks: a concept, a topic, exam-guide skills, the due ones, a mock exam, or ten from
// everything.
import type { KnowledgeBase } from '../../knowledgeBase';
import { drawMockItems } from '../../exam/mockExam';
import { examMinutes, examPool } from '../exam';
import { quizItemsOf } from '../cache';
import type { QuizItem } from '../items';
import type { Random } from '../present';
import { QuizSession } from '../session';
import type { QuizMode } from './state';

export type QuizScope =
  | { readonly conceptId: string }
  | { readonly conceptIds: readonly string[] }
  | { readonly topicId: string }
  /** Questions on these exam-guide skills ("3.1.b"), such as the weakest ones. */
  | { readonly skills: readonly string[] }
  | { readonly review: true }
  | { readonly exam: { readonly count: number; readonly timed: boolean } }
  | undefined;

export const QUICK_COUNT = 10;
export const REVIEW_COUNT = 20;

export interface Drawn {
  readonly mode: QuizMode;
  readonly items: readonly QuizItem[];
  readonly deadline?: number;
  /** A review was asked for, but nothing was due: a quick quiz is given instead. */
  readonly nothingDue?: boolean;
}

/** The items of a new run for `scope`; `dueIds` are the due item ids, most overdue first. */
export function drawFor(
  kb: KnowledgeBase,
  scope: QuizScope,
  dueIds: readonly string[],
  now: number,
  random: Random,
): Drawn {
  const all = quizItemsOf(kb);
  if (scope && 'exam' in scope) {
    const items = drawMockItems(kb, all, { count: scope.exam.count, seed: random }).map(d => d.item);
    return { mode: 'exam', items, ...(scope.exam.timed ? { deadline: now + examMinutes(items.length) * 60_000 } : {}) };
  }
  if (scope && 'review' in scope) {
    const byId = new Map(all.map(i => [i.id, i]));
    const due = dueIds.map(id => byId.get(id)).filter((i): i is QuizItem => !!i);
    if (due.length) return { mode: 'review', items: due.slice(0, REVIEW_COUNT) };
    return { mode: 'quick', items: QuizSession.draw(all, QUICK_COUNT, random), nothingDue: true };
  }
  return { mode: 'quick', items: QuizSession.draw(scoped(kb, all, scope), QUICK_COUNT, random) };
}

function scoped(kb: KnowledgeBase, items: readonly QuizItem[], scope: QuizScope): QuizItem[] {
  if (!scope || 'review' in scope || 'exam' in scope) return [...items];
  if ('skills' in scope) {
    const skills = new Set(scope.skills);
    return examPool(kb, items).filter(i => i.skill !== undefined && skills.has(i.skill));
  }
  const ids = new Set(
    'conceptId' in scope
      ? [scope.conceptId]
      : 'conceptIds' in scope
        ? scope.conceptIds
        : kb.conceptsUnder(scope.topicId).map(c => c.id),
  );
  return items.filter(i => ids.has(i.conceptId));
}
