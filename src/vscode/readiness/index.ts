// The readiness feature: its command, its editor panel and the panel's serializer.
import { vscode } from '../shared/vscodeApi';
import { Command, PanelType } from '../shared/commands';
import { ReadinessPanel, type ReadinessServices } from './readinessPanel';

export type { ReadinessServices };

/** Registers the readiness view; returns its disposables. */
export function registerReadiness(
  context: vscode.ExtensionContext,
  services: Omit<ReadinessServices, 'extensionUri'>,
): vscode.Disposable[] {
  const panel = new ReadinessPanel({ ...services, extensionUri: context.extensionUri });
  return [
    panel,
    vscode.commands.registerCommand(Command.OpenReadiness, () => panel.show()),
    vscode.window.registerWebviewPanelSerializer(PanelType.Readiness, {
      deserializeWebviewPanel: async restored => panel.revive(restored),
    }),
  ];
}
