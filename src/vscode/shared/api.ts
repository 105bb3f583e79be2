import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core';
import type { ProgressCommands } from '../progress/progressCommands';
import type { ProgressStore } from '../progress/progressStore';
import type { QuizController, QuizScope } from '../quiz/quizController';
import type { TopicNode } from '../topics/topicsTree';

/** What activate() returns: the live pieces, for other extensions and the integration tests. */
export interface StudyApi {
  readonly knowledgeBase: () => Promise<KnowledgeBase>;
  readonly topics: vscode.TreeDataProvider<TopicNode>;
  readonly topicsView: vscode.TreeView<TopicNode>;
  /** The look-up's items for a query, in the order shown. */
  readonly lookUpItems: (query: string) => Promise<readonly { label: string; conceptId?: string }[]>;
  /** The concept shown in the concept view, if it is open. */
  readonly openConceptId: () => string | undefined;
  /** Opens the quiz editor panel (resuming or starting a session) and returns its controller. */
  readonly openQuizPanel: (scope?: QuizScope) => Promise<QuizController>;
  readonly progress: ProgressStore;
  readonly progressCommands: ProgressCommands;
  /** Another store over the same saved progress, as a second window has. */
  readonly openProgressStore: () => ProgressStore;
  /** How long activate() itself took, in ms (the bench reads it). */
  readonly activateMs: number;
}
