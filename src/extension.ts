// The composition root: builds the shared services and calls each feature's register… function.
// Nothing is loaded here: the knowledge base and its indexes load on first use.
import { vscode } from './vscode/shared/vscodeApi';
import { registerConcept } from './vscode/concept/registerConcept';
import { ConceptPanel } from './vscode/concept/conceptPanel';
import { DocumentReadings } from './vscode/hover/documentReading';
import { registerHover } from './vscode/hover/registerHover';
import { registerInThisFile } from './vscode/inThisFile/registerInThisFile';
import { KnowledgeService } from './vscode/knowledge/knowledgeService';
import { lookUpItems, registerLookUp } from './vscode/lookUp';
import { ProgressCommands } from './vscode/progress/progressCommands';
import { ProgressStore } from './vscode/progress/progressStore';
import { registerProgress } from './vscode/progress/registerProgress';
import { registerQuiz } from './vscode/quiz/registerQuiz';
import { QuizViews } from './vscode/quiz/quizViews';
import { registerQuizFile } from './vscode/quizFile/registerQuizFile';
import { registerReadiness } from './vscode/readiness';
import { registerSample } from './vscode/sample/registerSample';
import type { StudyApi } from './vscode/shared/api';
import { View } from './vscode/shared/commands';
import { LazyLog } from './vscode/shared/log';
import type { Services } from './vscode/shared/services';
import { registerTopics } from './vscode/topics/registerTopics';
import { TopicsTree } from './vscode/topics/topicsTree';
import { registerUnderlines } from './vscode/underlines/registerUnderlines';

export function activate(context: vscode.ExtensionContext): StudyApi | undefined {
  const started = performance.now();
  const log = new LazyLog('GenAI Study');
  const knowledge = new KnowledgeService(context.extensionUri);
  const progress = new ProgressStore(context, log);
  const tree = new TopicsTree(knowledge, progress);
  const quiz = new QuizViews(context.extensionUri, knowledge, progress, log, context.workspaceState);
  const services: Services = {
    knowledge,
    progress,
    log,
    quiz,
    readings: new DocumentReadings(),
    concepts: new ConceptPanel(context.extensionUri, knowledge, log),
    topics: {
      tree,
      view: vscode.window.createTreeView(View.Topics, { treeDataProvider: tree, showCollapseAll: true }),
    },
    startQuiz: scope => quiz.openPanel(scope),
  };
  const progressCommands = new ProgressCommands(progress, log);
  context.subscriptions.push(
    log,
    knowledge,
    ...registerTopics(context, services),
    ...registerConcept(context, services),
    ...registerQuiz(context, services),
    ...registerProgress(context, services, progressCommands),
    ...registerInThisFile(context, services),
    ...registerHover(context, services),
    ...registerUnderlines(context, services),
    ...registerQuizFile(context, services),
    ...registerLookUp(knowledge),
    ...registerSample(),
    ...registerReadiness(context, { knowledge, progress, log, openQuiz: scope => quiz.openPanel(scope) }),
  );
  // The live pieces are a seam for the integration tests and the bench only.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    knowledgeBase: () => knowledge.get(),
    topics: tree,
    topicsView: services.topics.view,
    openConceptId: () => services.concepts.conceptId,
    openQuizPanel: scope => quiz.openPanel(scope),
    progress,
    progressCommands,
    openProgressStore: () => new ProgressStore(context, log),
    lookUpItems: async query =>
      lookUpItems(await knowledge.get(), query).map(i => ({ label: i.label, conceptId: i.concept?.id })),
    activateMs: performance.now() - started,
  };
}

export function deactivate() {}
