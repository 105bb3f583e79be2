import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';
import type { Services } from '../shared/services';

/** The Topics tree: it follows the concept view, and "Reload Notes" refreshes it. */
export function registerTopics(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { tree, view } = services.topics;
  const reveal = async (id: string) => {
    const node = view.visible ? await tree.conceptNodeById(id) : undefined;
    if (node) await view.reveal(node, { select: true, focus: false, expand: true });
  };
  return [
    tree,
    view,
    services.concepts.onDidShow(id => void reveal(id)),
    vscode.commands.registerCommand(Command.Refresh, () => {
      services.knowledge.reload();
      tree.refresh();
    }),
  ];
}
