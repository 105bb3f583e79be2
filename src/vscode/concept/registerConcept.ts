import { vscode } from '../shared/vscodeApi';
import { Command, PanelType } from '../shared/commands';
import type { Services } from '../shared/services';
import { isTopicNode } from '../topics/topicsTree';
import { NOTE_SCHEME, NoteSource, definitionText } from './noteSource';

/** The concept view, its note source and the commands that open, copy or show a concept. */
export function registerConcept(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { concepts, knowledge } = services;
  const noteSource = new NoteSource(knowledge);
  const conceptOf = async (arg: unknown) => {
    const kb = await knowledge.get();
    if (typeof arg === 'string') return kb.concept(arg);
    return isTopicNode(arg) && arg.kind === 'concept' ? arg.concept : kb.concept(concepts.conceptId ?? '');
  };
  return [
    concepts,
    vscode.window.registerWebviewPanelSerializer(PanelType.Concept, {
      deserializeWebviewPanel: (panel, state) => concepts.revive(panel, state),
    }),
    vscode.commands.registerCommand(Command.OpenConcept, (id: unknown) =>
      typeof id === 'string' ? concepts.show(id) : vscode.commands.executeCommand(Command.LookUp),
    ),
    vscode.workspace.registerTextDocumentContentProvider(NOTE_SCHEME, noteSource),
    vscode.commands.registerCommand(Command.OpenSource, async (arg: unknown) => {
      const c = await conceptOf(arg);
      if (c) await noteSource.open(c);
    }),
    vscode.commands.registerCommand(Command.CopyDefinition, async (arg: unknown) => {
      const c = await conceptOf(arg);
      if (c) await vscode.env.clipboard.writeText(definitionText(c));
    }),
  ];
}
