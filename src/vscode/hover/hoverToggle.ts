import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';

/** A status-bar switch and a command to turn term hovers off and on quickly. */
export class HoverToggle implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'genaiStudy.hoverToggle',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly listener: vscode.Disposable;

  constructor() {
    this.item.name = vscode.l10n.t('GenAI Study hovers');
    this.item.command = Command.ToggleHover;
    this.listener = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('genaiStudy.hover.enabled')) this.update();
    });
    this.update();
    this.item.show();
  }

  async toggle(): Promise<boolean> {
    const config = vscode.workspace.getConfiguration('genaiStudy.hover');
    const next = !config.get<boolean>('enabled', true);
    await config.update('enabled', next, vscode.ConfigurationTarget.Global);
    return next;
  }

  private update() {
    const on = vscode.workspace.getConfiguration('genaiStudy.hover').get<boolean>('enabled', true);
    this.item.text = on ? '$(lightbulb) GenAI' : '$(lightbulb-empty) GenAI';
    this.item.tooltip = on
      ? vscode.l10n.t('GenAI term hovers are on: click to turn them off')
      : vscode.l10n.t('GenAI term hovers are off: click to turn them on');
  }

  dispose(): void {
    this.item.dispose();
    this.listener.dispose();
  }
}
