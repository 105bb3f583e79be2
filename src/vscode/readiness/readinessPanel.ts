// The readiness view: one editor panel, reused, redrawn when progress or the exam date changes,
// restored after a reload. The first figures come in the page's first HTML, worked out while VS Code
// creates the webview, so that the page draws them as soon as its script runs, without asking.
import { vscode } from '../shared/vscodeApi';
import { isFromReadinessWebview, type FromReadinessWebview } from '../../protocol';
import { Command, PanelType } from '../shared/commands';
import type { KnowledgeBase } from '../../core';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { ProgressStore } from '../progress/progressStore';
import type { QuizScope } from '../quiz/quizController';
import { dataBlock, pageHtml, webviewOptions } from '../shared/webviewHtml';
import type { ReadinessMessage } from '../../protocol';
import { EXAM_DATE_SETTING, readinessMessage } from './readinessData';
import type { Log } from '../shared/log';

const BODY = '<main id="readiness" aria-live="polite" aria-busy="true"></main>';

/** Figures and what they were made from. */
interface Figures {
  readonly progress: unknown;
  readonly day: string | undefined;
  readonly message: ReadinessMessage;
}

export interface ReadinessServices {
  readonly extensionUri: vscode.Uri;
  readonly knowledge: KnowledgeService;
  readonly progress: ProgressStore;
  readonly log: Log;
  /** Starts a quiz in the quiz panel. */
  readonly openQuiz: (scope: QuizScope) => Promise<unknown>;
}

export class ReadinessPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  /** Counts refreshes, so that a slow plan for an older state is not shown. */
  private generation = 0;
  /** The figures in the page's HTML, until the page is ready: it needs them again only when they are out of date. */
  private embedded: Figures | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: ReadinessServices) {
    this.disposables.push(
      services.progress.onDidChange(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(EXAM_DATE_SETTING)) void this.refresh();
      }),
    );
  }

  /** Opens the view, or brings it to the front. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const title = vscode.l10n.t('Exam Readiness');
    const options = webviewOptions(this.services.extensionUri);
    this.attach(vscode.window.createWebviewPanel(PanelType.Readiness, title, vscode.ViewColumn.Active, options));
  }

  /** For the serializer: adopt a panel VS Code restored after a reload. */
  revive(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    const { extensionUri, log } = this.services;
    this.panel = panel;
    this.ready = false;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    void this.load(panel).catch(e => log.error(`The readiness view could not load: ${String(e)}`));
    const listener = panel.webview.onDidReceiveMessage(msg => {
      if (!isFromReadinessWebview(msg)) {
        log.warn('Ignored a malformed message from the readiness view', JSON.stringify(msg)?.slice(0, 200));
        return;
      }
      void this.handle(msg).catch(e => log.error(`The readiness view could not handle "${msg.type}": ${String(e)}`));
    });
    // A hidden view is not redrawn after every answer: it catches up when it shows again.
    const shown = panel.onDidChangeViewState(e => {
      if (e.webviewPanel.visible) void this.refresh();
    });
    panel.onDidDispose(() => {
      listener.dispose();
      shown.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private async handle(msg: FromReadinessWebview): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        return this.refresh(true); // the page asked for its figures: send them even before it reports visible
      case 'setExamDate':
        return vscode.workspace
          .getConfiguration()
          .update(EXAM_DATE_SETTING, msg.date || undefined, vscode.ConfigurationTarget.Global);
      case 'studySkills':
        await this.services.openQuiz({ skills: msg.skills });
        return;
      case 'openConcept':
        await vscode.commands.executeCommand(Command.OpenConcept, msg.id);
    }
  }

  /**
   * Gives the panel its page. When the notes are in memory, the figures (without the reviews a day)
   * go in it, worked out after VS Code has been asked to create the webview, so the two go on at the
   * same time. Otherwise (just after a reload) the page comes at once, shows the figures it had and
   * asks for new ones.
   */
  private async load(panel: vscode.WebviewPanel): Promise<void> {
    const { extensionUri, log, knowledge } = this.services;
    const kb = knowledge.peek();
    let figures: Figures | undefined;
    if (kb) {
      await new Promise(resolve => setTimeout(resolve, 0)); // the request to create the panel goes out first
      try {
        figures = this.quick(kb);
      } catch (e) {
        log.error(`No readiness figures for the page: ${String(e)}`);
      }
    } else void knowledge.get().catch(() => undefined); // loading while the page loads; the page asks for it
    if (this.panel !== panel) return;
    this.embedded = figures;
    const body = BODY + (figures ? dataBlock('readiness-data', figures.message) : '');
    panel.webview.html = pageHtml(panel.webview, extensionUri, 'readiness', vscode.l10n.t('Exam Readiness'), body);
  }

  /**
   * Sends the current figures once the page is ready for them: first without the reviews a day
   * (a simulation that takes a while), then, with an exam date, again with them. The figures the
   * page already has from its HTML are not sent again.
   */
  private async refresh(asked = false): Promise<void> {
    const panel = this.panel;
    if (!panel || !this.ready || (!asked && !panel.visible)) return;
    const generation = ++this.generation;
    const embedded = this.embedded;
    this.embedded = undefined;
    const kb = await this.services.knowledge.get();
    const day = vscode.workspace.getConfiguration().get<string>(EXAM_DATE_SETTING);
    const progress = this.services.progress.get();
    const fresh = embedded && embedded.progress === progress && embedded.day === day;
    const first = fresh ? embedded.message : readinessMessage(kb, progress, new Date(), day, false);
    if (!fresh) await panel.webview.postMessage(first);
    if (!first.planPending) return;
    await new Promise(resolve => setTimeout(resolve, 0));
    if (generation !== this.generation || this.panel !== panel) return;
    await panel.webview.postMessage(readinessMessage(kb, progress, new Date(), day));
  }

  /** The figures without the reviews a day, and what they were made from. */
  private quick(kb: KnowledgeBase): Figures {
    const day = vscode.workspace.getConfiguration().get<string>(EXAM_DATE_SETTING);
    const progress = this.services.progress.get();
    return { progress, day, message: readinessMessage(kb, progress, new Date(), day, false) };
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach(d => d.dispose());
  }
}
