// Building a knowledge base from note files: the parts of the core that need the YAML parser. The
// Node API and the tests use them directly; the extension reaches them through the notes kit.
import { mergeKnowledge, type KnowledgeBase } from './knowledgeBase';
import type { KnowledgeData, NoteFile } from './model';
import { parseNotes, type ParseOptions } from './notes/parseNotes';

export { parseNotes, type ParseOptions } from './notes/parseNotes';
export { readFrontMatter } from './notes/frontMatter';

/** A folder of notes handed to `createKnowledgeBase`: its files and how to name it. */
export interface NoteRoot {
  readonly files: readonly NoteFile[];
  readonly options: ParseOptions;
}

/** Builds a knowledge base from the bundled data (see `unpackKnowledge`) plus any roots of user notes. */
export function createKnowledgeBase(
  bundled: KnowledgeData | undefined,
  roots: readonly NoteRoot[] = [],
): KnowledgeBase {
  const parts = roots.map(r => parseNotes(r.files, r.options));
  return mergeKnowledge(bundled ? [bundled, ...parts] : parts);
}
