import { vscode } from '../shared/vscodeApi';
import { PanelType } from '../shared/commands';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { ProgressStore } from '../progress/progressStore';
import { QuizController, type QuizScope } from './quizController';
import { pageHtml, webviewOptions } from '../shared/webviewHtml';
import type { Log } from '../shared/log';

const QUIZ_BODY = '<main id="quiz" aria-live="polite"></main>';

/** Hosts the quiz app in the sidebar view and in one editor panel, both on the same progress. */
export class QuizViews implements vscode.WebviewViewProvider, vscode.WebviewPanelSerializer, vscode.Disposable {
  private view: { webview: vscode.WebviewView; controller: QuizController } | undefined;
  private panel: { panel: vscode.WebviewPanel; controller: QuizController } | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly knowledge: KnowledgeService,
    private readonly progress: ProgressStore,
    private readonly log: Log,
    /** Where each view keeps its session across reloads (workspaceState). */
    private readonly sessions: vscode.Memento,
  ) {}

  /** The controller of the editor panel, if it is open (for the API and tests). */
  get panelController(): QuizController | undefined {
    return this.panel?.controller;
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.view?.controller.dispose();
    // A mock exam started from the sidebar runs in the editor panel.
    const controller = this.host(webviewView.webview, 'view', scope => this.openPanel(scope));
    this.view = { webview: webviewView, controller };
    webviewView.onDidDispose(() => {
      controller.dispose();
      if (this.view?.controller === controller) this.view = undefined;
    });
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    this.adoptPanel(panel);
  }

  /** Starts a quiz in the editor panel, creating it if needed. */
  async openPanel(scope?: QuizScope): Promise<QuizController> {
    if (this.panel) this.panel.panel.reveal();
    else
      this.adoptPanel(
        vscode.window.createWebviewPanel(
          PanelType.Quiz,
          vscode.l10n.t('GenAI Quiz'),
          vscode.ViewColumn.Active,
          webviewOptions(this.extensionUri),
        ),
      );
    const controller = this.panel!.controller;
    await controller.resume(scope);
    return controller;
  }

  private adoptPanel(panel: vscode.WebviewPanel) {
    this.panel?.panel.dispose();
    const controller = this.host(panel.webview, 'panel');
    this.panel = { panel, controller };
    panel.onDidDispose(() => {
      controller.dispose();
      if (this.panel?.panel === panel) this.panel = undefined;
    });
  }

  private host(
    webview: vscode.Webview,
    where: 'view' | 'panel',
    examElsewhere?: (scope: QuizScope) => Promise<unknown>,
  ): QuizController {
    webview.options = webviewOptions(this.extensionUri);
    const key = `genaiStudy.quizSession.${where}`;
    const memory = {
      get: () => this.sessions.get<unknown>(key),
      set: (value: unknown) => this.sessions.update(key, value),
    };
    const controller = new QuizController(webview, this.knowledge, this.progress, this.log, memory, examElsewhere);
    webview.html = pageHtml(webview, this.extensionUri, 'quiz', vscode.l10n.t('Quiz'), QUIZ_BODY);
    return controller;
  }

  dispose(): void {
    this.view?.controller.dispose();
    this.panel?.panel.dispose();
  }
}
