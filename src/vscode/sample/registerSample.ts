import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';
import { openSample } from './sample';

/** "Open a Sample File": a short Python file full of GenAI terms, to try hovers. */
export function registerSample(): vscode.Disposable[] {
  return [vscode.commands.registerCommand(Command.OpenSample, openSample)];
}
