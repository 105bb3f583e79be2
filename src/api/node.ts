// The Node API, bundled as dist/core.js: the core plus loading notes from disk.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { MAX_NOTE_BYTES, createKnowledgeBase, type KnowledgeBase, type NoteFile, type PackedKnowledge } from '../core';

export * from '../core';

export interface LoadOptions {
  /** Folders of the user's own notes, in the same format as the bundled ones. */
  readonly folders?: readonly string[];
  /** The compiled bundled notes; defaults to notes.json beside this file. */
  readonly bundledPath?: string;
}

/** The bundled notes plus optional folders of user notes. Never rejects for a bad note. */
export async function loadKnowledgeBase(options: LoadOptions = {}): Promise<KnowledgeBase> {
  const bundledPath = options.bundledPath ?? path.join(__dirname, 'notes.json');
  const bundled = JSON.parse(await fs.readFile(bundledPath, 'utf8')) as PackedKnowledge;
  const roots = await Promise.all((options.folders ?? []).map(async (folder, i) => ({
    files: await readNoteFolder(folder),
    options: { origin: 'user' as const, rootId: `user${i}`, rootTitle: `My notes: ${path.basename(folder)}`, fileLabel: (p: string) => path.join(folder, p) },
  })));
  return createKnowledgeBase(bundled, roots);
}

/** Every .md file under a folder, with paths relative to it ('/' separators). */
export async function readNoteFolder(folder: string, limit = 20_000): Promise<NoteFile[]> {
  const out: NoteFile[] = [];
  async function walk(dir: string, rel: string, depth: number): Promise<void> {
    if (depth > 16 || out.length >= limit) return;
    let entries;
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), relPath, depth + 1);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md') && out.length < limit) {
        const file = path.join(dir, e.name);
        try {
          const { size } = await fs.stat(file);
          out.push(size > MAX_NOTE_BYTES ? { path: relPath, text: '', bytes: size } : { path: relPath, text: await fs.readFile(file, 'utf8') });
        } catch { /* unreadable (gone, no permission): skipped */ }
      }
    }
  }
  await walk(folder, '', 0);
  return out;
}
