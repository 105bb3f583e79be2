import { join } from 'node:path';
import { bundledNotes, createKnowledgeBase, type KnowledgeBase, type NoteFile } from '../../src/api/node';

let real: KnowledgeBase | undefined;

/** The real bundled notes, as compiled by the build into dist/notes.json and dist/notes-text.zst. */
export function bundledKb(): KnowledgeBase {
  return (real ??= createKnowledgeBase(bundledNotes(join(__dirname, '..', '..', '..', 'dist', 'notes.json'))));
}

/** A note file with front matter built from an object of YAML lines. */
export function note(path: string, frontMatter: string, body = 'A body long enough to explain the idea.'): NoteFile {
  return { path, text: `---\n${frontMatter.trim()}\n---\n${body}\n` };
}

/** A small knowledge base from user-style note files. */
export function kbOf(files: NoteFile[]): KnowledgeBase {
  return createKnowledgeBase(undefined, [{ files, options: { origin: 'user' } }]);
}
