// The look-up feature: the "Look Up Concept" command (palette, keybinding, the Topics view's
// search button, hover links) and its QuickPick.
import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import { LookUp } from './lookUpPick';

export { items as lookUpItems } from './lookUpItems';

/** Registers the look-up command; an optional string argument is the starting query. */
export function registerLookUp(knowledge: KnowledgeService): vscode.Disposable[] {
  const lookUp = new LookUp(knowledge);
  const show = (query?: unknown) => lookUp.show(typeof query === 'string' ? query : undefined);
  return [vscode.commands.registerCommand(Command.LookUp, show)];
}
