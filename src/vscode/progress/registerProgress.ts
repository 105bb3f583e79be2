import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';
import type { Services } from '../shared/services';
import { DueIndicator } from './dueIndicator';
import { ProgressCommands } from './progressCommands';

/** The due count (status bar and badge) and the commands that export, import and reset progress. */
export function registerProgress(
  _context: vscode.ExtensionContext,
  services: Services,
  commands: ProgressCommands,
): vscode.Disposable[] {
  const uriOf = (arg: unknown) => (arg instanceof vscode.Uri ? arg : undefined);
  return [
    new DueIndicator(services.progress, services.topics.view),
    vscode.commands.registerCommand(Command.ExportProgress, (uri?: unknown) => commands.export(uriOf(uri))),
    vscode.commands.registerCommand(Command.ImportProgress, (uri?: unknown) => commands.import(uriOf(uri))),
    vscode.commands.registerCommand(Command.ResetProgress, () => commands.reset()),
  ];
}
