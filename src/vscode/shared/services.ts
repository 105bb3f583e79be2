import type * as vscode from 'vscode';
import type { ConceptPanel } from '../concept/conceptPanel';
import type { DocumentReadings } from '../hover/documentReading';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { ProgressStore } from '../progress/progressStore';
import type { QuizScope } from '../quiz/quizController';
import type { QuizViews } from '../quiz/quizViews';
import type { TopicsTree, TopicNode } from '../topics/topicsTree';
import type { Log } from './log';

/** The shared services each feature's register… function gets. Each is cheap until first used. */
export interface Services {
  readonly knowledge: KnowledgeService;
  readonly progress: ProgressStore;
  readonly readings: DocumentReadings;
  readonly log: Log;
  readonly quiz: QuizViews;
  readonly concepts: ConceptPanel;
  readonly topics: { readonly tree: TopicsTree; readonly view: vscode.TreeView<TopicNode> };
  /** Starts a quiz in the editor panel (the existing quiz-start path). */
  readonly startQuiz: (scope?: QuizScope) => Promise<unknown>;
}
