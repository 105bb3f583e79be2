import { vscode } from '../shared/vscodeApi';
import { View } from '../shared/commands';
import type { Services } from '../shared/services';
import { InThisFileTree } from './inThisFile';

/** The "In This File" view: the concepts the active editor mentions, read only while the view is visible. */
export function registerInThisFile(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const tree = new InThisFileTree(services.knowledge, services.readings);
  const view = vscode.window.createTreeView(View.InThisFile, { treeDataProvider: tree });
  tree.setVisible(view.visible);
  return [tree, view, view.onDidChangeVisibility(e => tree.setVisible(e.visible))];
}
