// The walk over a folder of notes, written once for every host: the extension reads through
// workspace.fs, the Node API and the build through node:fs, each behind this small interface.
import type { NoteFile } from '../model';
import { MAX_NOTE_BYTES } from './order';

/** What the walk needs from a file system; `D` is the host's own name for a path (a Uri or a string). */
export interface FileAccess<D> {
  /** The entries of a folder: their names and kinds. Rejects when the folder cannot be read. */
  readDirectory(dir: D): Promise<readonly (readonly [string, 'file' | 'directory' | 'other'])[]>;
  stat(file: D): Promise<{ readonly size: number }>;
  readText(file: D): Promise<string>;
  join(dir: D, name: string): D;
}

/** How deep the walk goes below the root. */
export const MAX_FOLDER_DEPTH = 16;
/** The most note files read from one root. */
export const MAX_NOTE_FILES = 20_000;

/**
 * Every .md file below `root`, with paths relative to it ('/' separators). Hidden entries and
 * node_modules are skipped, unreadable entries too; a file over MAX_NOTE_BYTES is not read, only its size
 * kept, so the parser can report it.
 */
export async function readNoteTree<D>(root: D, fs: FileAccess<D>, limit = MAX_NOTE_FILES): Promise<NoteFile[]> {
  const out: NoteFile[] = [];
  async function walk(dir: D, rel: string, depth: number): Promise<void> {
    if (depth > MAX_FOLDER_DEPTH || out.length >= limit) return;
    let entries: readonly (readonly [string, 'file' | 'directory' | 'other'])[];
    try {
      entries = await fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, kind] of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = fs.join(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (kind === 'directory') await walk(child, path, depth + 1);
      else if (kind === 'file' && name.toLowerCase().endsWith('.md') && out.length < limit) {
        try {
          const { size } = await fs.stat(child);
          out.push(size > MAX_NOTE_BYTES ? { path, text: '', bytes: size } : { path, text: await fs.readText(child) });
        } catch {
          /* unreadable (gone, no permission): skipped */
        }
      }
    }
  }
  await walk(root, '', 0);
  return out;
}
