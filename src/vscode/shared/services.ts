import type * as vscode from 'vscode';
import type { DocumentReadings } from '../hover/documentReading';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { ProgressStore } from '../progress/progressStore';
import type { QuizScope } from '../quiz/quizController';

/** The shared services each feature's register… function gets. Each is cheap until first used. */
export interface Services {
  readonly knowledge: KnowledgeService;
  readonly progress: ProgressStore;
  readonly readings: DocumentReadings;
  readonly log: vscode.LogOutputChannel;
  /** Starts a quiz in the editor panel (the existing quiz-start path). */
  readonly startQuiz: (scope?: QuizScope) => Promise<unknown>;
}
