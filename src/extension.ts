// The composition root: builds the pieces, registers them, and pushes every disposable.
// Nothing is loaded here: the knowledge base and its indexes load on first use.
import * as vscode from 'vscode';
import { Command, PanelType, View } from './vscode/commands';
import { ConceptPanel } from './vscode/conceptPanel';
import { TermHoverProvider } from './vscode/hoverProvider';
import { DueIndicator } from './vscode/dueIndicator';
import { HoverToggle } from './vscode/hoverToggle';
import { InThisFileTree } from './vscode/inThisFile';
import { KnowledgeService } from './vscode/knowledgeService';
import { LookUp, items as lookUpItems } from './vscode/lookUp';
import { NOTE_SCHEME, NoteSource, definitionText } from './vscode/noteSource';
import type { StudyApi } from './vscode/api';
import { ProgressCommands, askExam } from './vscode/progressCommands';
import { ProgressStore } from './vscode/progressStore';
import { QuizViews } from './vscode/quizViews';
import { registerReadiness } from './vscode/readiness';
import { openSample } from './vscode/sample';
import { TopicsTree, type TopicNode } from './vscode/topicsTree';

export function activate(context: vscode.ExtensionContext): StudyApi {
  const log = vscode.window.createOutputChannel('GenAI Study', { log: true });
  const knowledge = new KnowledgeService(context.extensionUri);
  const progress = new ProgressStore(context, log);
  const tree = new TopicsTree(knowledge, progress);
  const treeView = vscode.window.createTreeView(View.Topics, { treeDataProvider: tree, showCollapseAll: true });
  const concepts = new ConceptPanel(context.extensionUri, knowledge, log);
  const quiz = new QuizViews(context.extensionUri, knowledge, progress, log, context.workspaceState);
  const progressCommands = new ProgressCommands(progress, log);
  const lookUp = new LookUp(knowledge);
  const hoverToggle = new HoverToggle();
  const inThisFile = new InThisFileTree(knowledge);
  const noteSource = new NoteSource(knowledge);
  const inThisFileView = vscode.window.createTreeView(View.InThisFile, { treeDataProvider: inThisFile });
  inThisFile.setVisible(inThisFileView.visible);
  const reveal = async (id: string) => {
    const node = treeView.visible ? await tree.conceptNodeById(id) : undefined;
    if (node) await treeView.reveal(node, { select: true, focus: false, expand: true });
  };
  const scopeOf = (arg: unknown) => typeof arg === 'string' ? { conceptId: arg } : isNode(arg)
    ? (arg.kind === 'topic' ? { topicId: arg.topic.id } : { conceptId: arg.concept.id }) : undefined;
  const conceptOf = async (arg: unknown) => {
    const kb = await knowledge.get();
    return typeof arg === 'string' ? kb.concept(arg) : isNode(arg) && arg.kind === 'concept' ? arg.concept : kb.concept(concepts.conceptId ?? '');
  };

  const openQuiz = (scope: Parameters<QuizViews['openPanel']>[0]) => quiz.openPanel(scope);
  context.subscriptions.push(...registerReadiness(context, { knowledge, progress, log, openQuiz }));
  context.subscriptions.push(
    log, knowledge, tree, treeView, concepts, quiz, hoverToggle, inThisFile, inThisFileView, new DueIndicator(progress, treeView),
    inThisFileView.onDidChangeVisibility(e => inThisFile.setVisible(e.visible)),
    concepts.onDidShow(id => void reveal(id)),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-vfs' }, { scheme: 'vscode-remote' }], new TermHoverProvider(knowledge)),
    vscode.window.registerWebviewViewProvider(View.Quiz, quiz),
    vscode.window.registerWebviewPanelSerializer(PanelType.Quiz, quiz),
    vscode.window.registerWebviewPanelSerializer(PanelType.Concept, { deserializeWebviewPanel: (panel, state) => concepts.revive(panel, state) }),
    vscode.commands.registerCommand(Command.LookUp, (query?: unknown) => lookUp.show(typeof query === 'string' ? query : undefined)),
    vscode.commands.registerCommand(Command.OpenConcept, (id: unknown) => typeof id === 'string' ? concepts.show(id) : lookUp.show()),
    vscode.commands.registerCommand(Command.OpenQuizPanel, () => quiz.openPanel()),
    vscode.commands.registerCommand(Command.StartReview, () => quiz.openPanel({ review: true })),
    vscode.commands.registerCommand(Command.StartMockExam, async () => { const scope = await askExam(knowledge); if (scope) await quiz.openPanel(scope); }),
    vscode.commands.registerCommand(Command.ExportProgress, (uri?: unknown) => progressCommands.export(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(Command.ImportProgress, (uri?: unknown) => progressCommands.import(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(Command.ResetProgress, () => progressCommands.reset()),
    vscode.commands.registerCommand(Command.QuizConcept, (arg: unknown) => quiz.openPanel(scopeOf(arg))),
    vscode.commands.registerCommand(Command.Refresh, () => { knowledge.reload(); tree.refresh(); }),
    vscode.commands.registerCommand(Command.ToggleHover, () => hoverToggle.toggle()),
    vscode.commands.registerCommand(Command.OpenSample, openSample),
    vscode.workspace.registerTextDocumentContentProvider(NOTE_SCHEME, noteSource),
    vscode.commands.registerCommand(Command.OpenSource, async (arg: unknown) => { const c = await conceptOf(arg); if (c) await noteSource.open(c); }),
    vscode.commands.registerCommand(Command.CopyDefinition, async (arg: unknown) => { const c = await conceptOf(arg); if (c) await vscode.env.clipboard.writeText(definitionText(c)); }),
  );
  return {
    knowledgeBase: () => knowledge.get(), topics: tree, topicsView: treeView, openConceptId: () => concepts.conceptId,
    openQuizPanel: scope => quiz.openPanel(scope), progress, progressCommands, openProgressStore: () => new ProgressStore(context, log),
    lookUpItems: async query => lookUpItems(await knowledge.get(), query).map(i => ({ label: i.label, conceptId: i.concept?.id })),
  };
}

export function deactivate() {}

function isNode(arg: unknown): arg is TopicNode {
  return typeof arg === 'object' && arg !== null && ((arg as TopicNode).kind === 'topic' || (arg as TopicNode).kind === 'concept');
}
