import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';
import type { ProgressStore } from './progressStore';

const REFRESH_MS = 10 * 60_000;
const FIRST_UPDATE_MS = 1500;

/** How many reviews are due: a status-bar item (click to review) and the Topics view's badge. */
export class DueIndicator implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('genaiStudy.due', vscode.StatusBarAlignment.Right, 99);
  private readonly first: ReturnType<typeof setTimeout>;
  private readonly refresh: ReturnType<typeof setInterval>;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly progress: ProgressStore,
    private readonly view: vscode.TreeView<unknown>,
  ) {
    this.item.name = vscode.l10n.t('GenAI Study reviews due');
    this.item.command = Command.StartReview;
    this.listener = progress.onDidChange(() => this.update());
    // Not at activation: the first count waits until the window has settled.
    this.first = setTimeout(() => this.update(), FIRST_UPDATE_MS);
    this.refresh = setInterval(() => this.update(), REFRESH_MS);
  }

  update(): void {
    const due = this.progress.dueCount();
    if (due > 0) {
      this.item.text = `$(mortar-board) ${due}`;
      const text =
        due === 1
          ? vscode.l10n.t('1 review due: click to start')
          : vscode.l10n.t('{0} reviews due: click to start', due);
      this.item.tooltip = readinessTooltip(text);
      this.item.show();
    } else this.item.hide();
    this.view.badge = due > 0 ? { value: due, tooltip: vscode.l10n.t('{0} reviews due', due) } : undefined;
  }

  dispose(): void {
    clearTimeout(this.first);
    clearInterval(this.refresh);
    this.listener.dispose();
    this.item.dispose();
  }
}

/** The tooltip with a link to the readiness view, the only command it may run. */
function readinessTooltip(text: string): vscode.MarkdownString {
  const link = `[$(graph) ${vscode.l10n.t('How ready am I?')}](command:${Command.OpenReadiness})`;
  const md = new vscode.MarkdownString(`${text}\n\n${link}`, true);
  md.isTrusted = { enabledCommands: [Command.OpenReadiness] };
  return md;
}
