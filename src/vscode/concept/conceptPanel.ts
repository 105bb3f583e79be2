import { vscode } from '../shared/vscodeApi';
import { escapeHtml, renderMarkdown, type Concept, type KnowledgeBase } from '../../core';
import type { ConceptState } from '../../protocol';
import { isFromConceptWebview } from '../../protocol';
import { Command, PanelType } from '../shared/commands';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import { pageHtml, webviewOptions } from '../shared/webviewHtml';
import type { Log } from '../shared/log';

/** The concept view: one editor panel, reused, restored after a reload. */
export class ConceptPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private currentId: string | undefined;
  private readonly opened = new vscode.EventEmitter<string>();
  /** Fires with the concept id each time the panel shows a concept. */
  readonly onDidShow = this.opened.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly knowledge: KnowledgeService,
    private readonly log: Log,
  ) {}

  get conceptId(): string | undefined {
    return this.currentId;
  }

  async show(id: string): Promise<boolean> {
    const kb = await this.knowledge.full();
    const concept = kb.concept(id);
    if (!concept) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No concept with the id "{0}".', id));
      return false;
    }
    if (!this.panel) {
      this.attach(
        vscode.window.createWebviewPanel(
          PanelType.Concept,
          concept.title,
          vscode.ViewColumn.Active,
          webviewOptions(this.extensionUri),
        ),
      );
    } else this.panel.reveal(undefined, false);
    this.render(kb, concept);
    return true;
  }

  /** For the serializer: adopt a panel VS Code restored after a reload. */
  async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose();
    this.attach(panel);
    const id =
      typeof state === 'object' && state !== null && typeof (state as ConceptState).id === 'string'
        ? (state as ConceptState).id
        : undefined;
    const kb = await this.knowledge.full();
    const concept = id ? kb.concept(id) : undefined;
    if (concept) this.render(kb, concept);
    else panel.dispose();
  }

  private attach(panel: vscode.WebviewPanel) {
    this.panel = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity.svg');
    panel.webview.onDidReceiveMessage(msg => {
      if (!isFromConceptWebview(msg)) {
        this.log.warn('Ignored a malformed message from the concept view', JSON.stringify(msg)?.slice(0, 200));
        return;
      }
      if (msg.type === 'open') void vscode.commands.executeCommand(Command.OpenConcept, msg.id);
      else void vscode.commands.executeCommand(Command.QuizConcept, msg.id);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) {
        this.panel = undefined;
        this.currentId = undefined;
      }
    });
  }

  private render(kb: KnowledgeBase, c: Concept) {
    if (!this.panel) return;
    this.currentId = c.id;
    this.panel.title = c.title;
    this.panel.webview.html = pageHtml(
      this.panel.webview,
      this.extensionUri,
      'concept',
      escapeHtml(c.title),
      conceptBody(kb, c),
    );
    this.opened.fire(c.id);
  }

  dispose(): void {
    this.panel?.dispose();
    this.opened.dispose();
  }
}

function conceptBody(kb: KnowledgeBase, c: Concept): string {
  const related = c.related.map(id => kb.concept(id)).filter((r): r is Concept => !!r);
  const [alsoCalled, topic, relatedTitle, quizMe] = [
    vscode.l10n.t('Also called'),
    vscode.l10n.t('Topic'),
    vscode.l10n.t('Related'),
    vscode.l10n.t('Quiz me'),
  ].map(escapeHtml);
  const codes = c.aliases.map(a => `<code>${escapeHtml(a)}</code>`).join(' ');
  const aliases = c.aliases.length ? `<p class="aliases"><span class="label">${alsoCalled}</span> ${codes}</p>` : '';
  const exam = c.exam
    ? `<span class="badge">${escapeHtml(vscode.l10n.t('Exam domain {0}', c.exam.task ?? String(c.exam.domain)))}</span>`
    : '';
  const link = (r: Concept) =>
    `<a href="#" class="concept-link" data-concept="${escapeHtml(r.id)}">${escapeHtml(r.title)}</a>`;
  const links = related.map(r => `<li>${link(r)}</li>`);
  const state = escapeHtml(JSON.stringify({ id: c.id } satisfies ConceptState));
  const path = c.topicPath.map(escapeHtml).join(' <span aria-hidden="true">›</span> ');
  return `<main id="concept" data-id="${escapeHtml(c.id)}" data-state="${state}">
<nav class="path" aria-label="${topic}">${path}</nav>
<header><h1>${escapeHtml(c.title)}</h1>${exam}</header>
${aliases}
<p class="summary">${escapeHtml(c.summary)}</p>
<article class="body">${renderMarkdown(c.body)}</article>
${related.length ? `<section class="related"><h2>${relatedTitle}</h2><ul>${links.join('')}</ul></section>` : ''}
<p class="actions"><button id="quiz-me" type="button" data-concept="${escapeHtml(c.id)}">${quizMe}</button></p>
</main>`;
}
