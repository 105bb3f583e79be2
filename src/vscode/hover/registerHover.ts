import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';
import type { Services } from '../shared/services';
import { TermHoverProvider } from './hoverProvider';
import { HoverToggle } from './hoverToggle';

/** Every scheme a user's text lives in: files, unsaved editors, remote and virtual workspaces. */
export const TEXT_SCHEMES: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-vfs' },
  { scheme: 'vscode-remote' },
];

/** Term hovers, and the status-bar switch and command that turn them off and on. Builds nothing. */
export function registerHover(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const toggle = new HoverToggle();
  return [
    toggle,
    vscode.languages.registerHoverProvider(TEXT_SCHEMES, new TermHoverProvider(services.knowledge, services.readings)),
    vscode.commands.registerCommand(Command.ToggleHover, () => toggle.toggle()),
  ];
}
