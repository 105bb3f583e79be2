// Pure presenters: from the flow's state and the knowledge base to what a quiz webview shows. Their
// shapes are the quiz protocol's messages, which the adapter checks at compile time where it posts them.
import type { KnowledgeBase } from '../../knowledgeBase';
import type { SelfRating } from '../../progress/schedule';
import { renderInline, renderMarkdown } from '../../render';
import { examReport, EXAM_QUESTIONS } from '../exam';
import { examView, shape, type ExamView, type QuestionShape } from './examPresent';
import type { FlowState, QuizMode, Run } from './state';

export interface ScoreRow {
  readonly label: string;
  readonly correct: number;
  readonly total: number;
  readonly weight?: number;
}

export type FlowView =
  | {
      readonly type: 'question';
      readonly token: string;
      readonly mode: QuizMode;
      readonly deadline?: number;
      readonly index: number;
      readonly total: number;
      readonly conceptTitle: string;
      readonly html: string;
      readonly view: QuestionShape;
    }
  | {
      readonly type: 'feedback';
      readonly token: string;
      readonly correct: boolean;
      readonly solution: readonly string[];
      readonly explanationHtml: string;
      readonly conceptId: string;
      readonly canRate: boolean;
      readonly rating?: SelfRating;
    }
  | {
      readonly type: 'summary';
      readonly mode: QuizMode;
      readonly correct: number;
      readonly total: number;
      readonly skipped: number;
      readonly byTopic: readonly ScoreRow[];
      readonly byDomain: readonly ScoreRow[];
      readonly bySkill: readonly ScoreRow[];
      readonly wrong: readonly {
        readonly html: string;
        readonly conceptId: string;
        readonly conceptTitle: string;
        readonly given: readonly string[];
        readonly solution: readonly string[];
        readonly explanationHtml: string;
      }[];
    }
  | { readonly type: 'idle'; readonly due: number; readonly items: number; readonly examDefault: number }
  | ExamView;

export type { ExamView, QuestionShape };

/** What the webview shows for a state, in order: a question may come with its feedback. */
export function viewsOf(
  kb: KnowledgeBase,
  s: FlowState,
  idle: { due: number; items: number },
  writable: boolean,
): FlowView[] {
  switch (s.kind) {
    case 'idle':
      return [{ type: 'idle', ...idle, examDefault: Math.min(EXAM_QUESTIONS, idle.items) }];
    case 'summary':
      return [summary(kb, s.run)];
    case 'asking':
      return [question(kb, s.run, s.token)];
    case 'answered':
      return [question(kb, s.run, s.token), feedback(s, writable)];
    case 'exam':
      return [examView(s)];
  }
}

function question(kb: KnowledgeBase, run: Run, token: string): FlowView {
  const item = run.data.items[run.data.index];
  const shown = run.data.shown;
  if (!item || !shown) throw new Error('A question is shown only once its presentation is fixed.');
  return {
    type: 'question',
    token,
    mode: run.mode,
    ...(run.deadline !== undefined ? { deadline: run.deadline } : {}),
    index: run.data.index,
    total: run.data.items.length,
    conceptTitle: kb.concept(item.conceptId)?.title ?? '',
    html: renderMarkdown(item.question),
    view: shape(shown),
  };
}

export function feedback(s: Extract<FlowState, { kind: 'answered' }>, writable: boolean): FlowView {
  const { result } = s;
  return {
    type: 'feedback',
    token: s.token,
    correct: result.correct,
    solution: result.solution.map(renderInline),
    explanationHtml: renderMarkdown(result.item.explanation),
    conceptId: result.item.conceptId,
    canRate: result.correct && writable,
    ...(s.rating ? { rating: s.rating } : {}),
  };
}

function summary(kb: KnowledgeBase, run: Run): FlowView {
  const report = examReport(kb, run.data.answered);
  return {
    type: 'summary',
    mode: run.mode,
    correct: report.correct,
    total: report.total,
    skipped: report.skipped,
    byTopic: report.byTopic,
    byDomain: run.mode === 'exam' ? report.byDomain : [],
    bySkill: run.mode === 'exam' ? report.bySkill : [],
    wrong: report.wrong.map(r => ({
      html: renderMarkdown(r.item.question),
      conceptId: r.item.conceptId,
      conceptTitle: kb.concept(r.item.conceptId)?.title ?? '',
      given: r.given.map(renderInline),
      solution: r.solution.map(renderInline),
      explanationHtml: renderMarkdown(r.item.explanation),
    })),
  };
}
