import { vscode } from '../shared/vscodeApi';
import { mentionsIn, termIndexOf, type Mention } from '../../core';
import type { DocumentReadings } from '../hover/documentReading';
import type { KnowledgeService } from '../knowledge/knowledgeService';

const DEBOUNCE_MS = 300;

/** "In this file": the GenAI concepts the active editor mentions, each jumping to its first use. */
export class InThisFileTree implements vscode.TreeDataProvider<Mention>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private visible = false;

  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly readings: DocumentReadings,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(DEBOUNCE_MS);
      }),
      knowledge.onDidChange(() => this.schedule(0)),
    );
  }

  /** Only a visible view does any work. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.schedule(0);
  }

  private schedule(ms: number) {
    if (!this.visible) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), ms);
  }

  async getChildren(element?: Mention): Promise<Mention[]> {
    const doc = vscode.window.activeTextEditor?.document;
    if (element || !doc) return [];
    const kb = await this.knowledge.get();
    const lines = Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i).text);
    return mentionsIn(termIndexOf(kb), lines, this.readings.of(kb, doc));
  }

  getTreeItem(m: Mention): vscode.TreeItem {
    const item = new vscode.TreeItem(m.concept.title, vscode.TreeItemCollapsibleState.None);
    item.description = m.count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', m.count);
    item.tooltip = m.concept.summary;
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.contextValue = 'mention';
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (uri) {
      item.command = {
        command: 'vscode.open',
        title: vscode.l10n.t('Go to first mention'),
        arguments: [
          uri,
          { selection: new vscode.Range(m.line, m.start, m.line, m.end) } satisfies vscode.TextDocumentShowOptions,
        ],
      };
    }
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
  }
}
