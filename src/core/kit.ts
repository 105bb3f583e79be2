// The notes kit: what only user notes and rendered views need, the YAML front-matter parser and
// markdown-it. The build bundles it on its own as dist/kit.js, which the extension loads on first need.
import { markdownItRenderer } from './markdown';
import { parseNotes } from './notes/parseNotes';
import type { MarkdownRenderer } from './render';

export interface NotesKit {
  readonly parseNotes: typeof parseNotes;
  readonly markdown: MarkdownRenderer;
}

export const kit: NotesKit = { parseNotes, markdown: markdownItRenderer() };
