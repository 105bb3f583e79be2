import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKnowledgeBase, type KnowledgeBase, type NoteFile, type PackedKnowledge } from '../../src/core';

let real: KnowledgeBase | undefined;

/** The real bundled notes, as compiled by the build into dist/notes.json. */
export function bundledKb(): KnowledgeBase {
  return (real ??= createKnowledgeBase(
    JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'dist', 'notes.json'), 'utf8')) as PackedKnowledge,
  ));
}

/** A note file with front matter built from an object of YAML lines. */
export function note(path: string, frontMatter: string, body = 'A body long enough to explain the idea.'): NoteFile {
  return { path, text: `---\n${frontMatter.trim()}\n---\n${body}\n` };
}

/** A small knowledge base from user-style note files. */
export function kbOf(files: NoteFile[]): KnowledgeBase {
  return createKnowledgeBase(undefined, [{ files, options: { origin: 'user' } }]);
}
