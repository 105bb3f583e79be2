// The pure presenter of a mock exam under way: the navigator, and the current question with the learner's
// response and flag (and its case's scenario), or nothing on the review screen.
import { renderInline, renderMarkdown } from '../../render';
import type { Presentation, Response } from '../present';
import { answers, onReview } from './examRun';
import type { ExamState } from './state';

export type QuestionShape =
  | { readonly type: 'single' | 'multiple'; readonly choices: readonly string[]; readonly pick: number }
  | { readonly type: 'ordering'; readonly items: readonly string[] }
  | { readonly type: 'matching'; readonly left: readonly string[]; readonly right: readonly string[] };

export interface ExamQuestionView {
  readonly html: string;
  readonly view: QuestionShape;
  readonly response?: Response;
  readonly flagged: boolean;
  /** A case study's shared scenario, shown beside each of its questions. */
  readonly scenario?: { readonly title: string; readonly html: string; readonly part: number; readonly parts: number };
}

export interface ExamView {
  readonly type: 'exam';
  readonly token: string;
  readonly total: number;
  /** The current question, 0-based; `total` is the review screen. */
  readonly index: number;
  /** When a timed exam ends (epoch ms). */
  readonly deadline?: number;
  /** Per question: whether it has a response, and whether it is flagged for review. */
  readonly nav: readonly { readonly answered: boolean; readonly flagged: boolean }[];
  /** The current question; absent on the review screen. */
  readonly question?: ExamQuestionView;
}

export function shape(p: Presentation): QuestionShape {
  if (p.type === 'ordering') return { type: 'ordering', items: p.items.map(renderInline) };
  if (p.type === 'matching') {
    return { type: 'matching', left: p.left.map(renderInline), right: p.right.map(renderInline) };
  }
  return { type: p.type, choices: p.choices.map(renderInline), pick: p.pick };
}

export function examView(s: ExamState): ExamView {
  const { exam } = s;
  const nav = exam.items.map((_, k) => ({
    answered: answers(exam.shown[k], exam.responses[k]),
    flagged: exam.flags[k],
  }));
  const base = {
    type: 'exam' as const,
    token: s.token,
    total: exam.items.length,
    index: exam.index,
    nav,
    ...(s.deadline !== undefined ? { deadline: s.deadline } : {}),
  };
  if (onReview(exam)) return base;
  const item = exam.items[exam.index];
  const response = exam.responses[exam.index];
  const scenario = item.case && {
    title: item.case.title,
    html: renderMarkdown(item.case.scenario),
    part: item.case.part,
    parts: item.case.parts,
  };
  return {
    ...base,
    question: {
      html: renderMarkdown(item.question),
      view: shape(exam.shown[exam.index]),
      flagged: exam.flags[exam.index],
      ...(response ? { response } : {}),
      ...(scenario ? { scenario } : {}),
    },
  };
}
