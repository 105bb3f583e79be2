import { vscode } from '../shared/vscodeApi';
import type { Concept } from '../../core';
import type { KnowledgeService } from '../knowledge/knowledgeService';

export const NOTE_SCHEME = 'genai-study-note';

/**
 * Opens a concept's note: a user note in its own file at the body's line; a bundled note (not
 * shipped as a file) as a read-only document rendered from the compiled notes.
 */
export class NoteSource implements vscode.TextDocumentContentProvider {
  constructor(private readonly knowledge: KnowledgeService) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const c = (await this.knowledge.get()).concept(id);
    if (!c) return vscode.l10n.t('No concept with the id "{0}".', id);
    return `# ${c.title}\n\n${c.aliases.length ? `_${c.aliases.join(', ')}_\n\n` : ''}${c.summary}\n\n${c.body}\n`;
  }

  async open(c: Concept): Promise<void> {
    if (c.origin === 'user' && /^[a-z][a-z0-9+.-]+:/i.test(c.source.file)) {
      const line = Math.max(0, c.source.line - 1);
      await vscode.window.showTextDocument(vscode.Uri.parse(c.source.file), {
        selection: new vscode.Range(line, 0, line, 0),
      });
      return;
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: NOTE_SCHEME, path: `/${c.id}.md` }));
    await vscode.window.showTextDocument(doc, { preview: true });
  }
}

/** The text "Copy Definition" puts on the clipboard. */
export function definitionText(c: Concept): string {
  return `${c.title}${c.aliases.length ? ` (${c.aliases.slice(0, 3).join(', ')})` : ''}: ${c.summary}`;
}
