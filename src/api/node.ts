// The Node API, bundled as dist/core.js: the core plus loading notes from disk.
import { decompress } from 'fzstd';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  MAX_NOTE_FILES,
  installMarkdown,
  readNoteTree,
  unpackKnowledge,
  type FileAccess,
  type KnowledgeBase,
  type KnowledgeData,
  type NoteFile,
  type PackedKnowledge,
} from '../core';
import { markdownItRenderer } from '../core/markdown';
import { createKnowledgeBase } from '../core/parsing';

installMarkdown(markdownItRenderer());

export * from '../core';
export * from '../core/parsing';

export interface LoadOptions {
  /** Folders of the user's own notes, in the same format as the bundled ones. */
  readonly folders?: readonly string[];
  /** The compiled bundled notes' index, with notes-text.zst beside it; defaults to notes.json beside this file. */
  readonly bundledPath?: string;
}

/** The compiled bundled notes: the index at `indexPath`, their text read from notes-text.zst beside it on first use. */
export function bundledNotes(indexPath = path.join(__dirname, 'notes.json')): KnowledgeData {
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as PackedKnowledge;
  const textPath = path.join(path.dirname(indexPath), 'notes-text.zst');
  return unpackKnowledge(index, () => new TextDecoder().decode(decompress(readFileSync(textPath))));
}

/** The bundled notes plus optional folders of user notes. Never rejects for a bad note. */
export async function loadKnowledgeBase(options: LoadOptions = {}): Promise<KnowledgeBase> {
  const bundled = bundledNotes(options.bundledPath);
  const roots = await Promise.all(
    (options.folders ?? []).map(async (folder, i) => ({
      files: await readNoteFolder(folder),
      options: {
        origin: 'user' as const,
        rootId: `user${i}`,
        rootTitle: `My notes: ${path.basename(folder)}`,
        fileLabel: (p: string) => path.join(folder, p),
      },
    })),
  );
  return createKnowledgeBase(bundled, roots);
}

/** Every .md file under a folder, with paths relative to it ('/' separators). */
export function readNoteFolder(folder: string, limit = MAX_NOTE_FILES): Promise<NoteFile[]> {
  return readNoteTree(folder, nodeFiles, limit);
}

const nodeFiles: FileAccess<string> = {
  readDirectory: async dir =>
    (await fs.readdir(dir, { withFileTypes: true })).map(
      e => [e.name, e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other'] as const,
    ),
  stat: file => fs.stat(file),
  readText: file => fs.readFile(file, 'utf8'),
  join: (dir, name) => path.join(dir, name),
};
