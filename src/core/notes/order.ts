// What holds for notes before any is parsed: their order in the tree and the size limits a host
// applies while reading a folder. Kept apart from the parser so that the extension's main bundle,
// which parses no notes, does not carry it.
import type { Concept, Topic } from '../model';

/** Limits that keep a hostile folder cheap to read and to show (a note of this size renders in well under a second). */
export const MAX_NOTE_CHARS = 100_000;
/**
 * A file larger than this has more than MAX_NOTE_CHARS characters (UTF-8 takes at most 3 bytes per UTF-16
 * unit): hosts need not read it.
 */
export const MAX_NOTE_BYTES = 3 * MAX_NOTE_CHARS;

const byOrderThenTitle = (a: { order: number; title: string }, b: { order: number; title: string }) =>
  a.order - b.order || a.title.localeCompare(b.title);
export function sortTopics(list: Topic[]): Topic[] {
  return list.sort((a, b) => byOrderThenTitle(a, b) || a.id.localeCompare(b.id));
}
export function sortConcepts(list: Concept[]): Concept[] {
  return list.sort(byOrderThenTitle);
}
