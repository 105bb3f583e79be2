import { decompress } from 'fzstd';
import { vscode } from '../shared/vscodeApi';
import { installMarkdown, unpackKnowledge, type KnowledgeData, type PackedKnowledge } from '../../core';
import type { NotesKit } from '../../core/kit';

const read = (base: vscode.Uri, ...path: string[]) =>
  Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(base, ...path)));

/** The bundled notes: the index now, their text (read now, decoded on first use) from notes-text.zst. */
export async function readBundledNotes(extensionUri: vscode.Uri): Promise<KnowledgeData> {
  const [index, text] = await Promise.all([
    read(extensionUri, 'dist', 'notes.json'),
    read(extensionUri, 'dist', 'notes-text.zst'),
  ]);
  const utf8 = new TextDecoder();
  return unpackKnowledge(JSON.parse(utf8.decode(index)) as PackedKnowledge, () => utf8.decode(decompress(text)));
}

/**
 * Loads dist/kit.js (the notes parser and markdown-it) and installs its markdown renderer. The code
 * is evaluated as the web worker extension host evaluates extensions, as a CommonJS module body: so
 * it loads the same way in the desktop and the web hosts.
 */
export async function loadNotesKit(extensionUri: vscode.Uri): Promise<NotesKit> {
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'kit.js');
  const code = new TextDecoder().decode(await read(extensionUri, 'dist', 'kit.js'));
  const module: { exports: { kit?: NotesKit } } = { exports: {} };
  new Function('module', 'exports', `${code}\n//# sourceURL=${uri.toString(true)}`)(module, module.exports);
  const kit = module.exports.kit;
  if (!kit) throw new Error(`${uri.toString(true)} does not export the notes kit.`);
  installMarkdown(kit.markdown);
  return kit;
}
