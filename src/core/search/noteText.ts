// A note's text as the notes search reads it: its fields in plain words, and its sentences.
import type { Concept } from '../model';

/** The fields of a note that the notes search indexes, in the order of their ids. */
export const NOTE_FIELDS = ['names', 'summary', 'tips', 'body'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

/** Markdown links and images: the text is kept, the target dropped. */
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
/** Emphasis, code and heading marks, table bars and quote marks, which are not words. */
const MARKUP = /[*_`#|]+|^\s*>\s?/gm;
/** An exam tip: a quoted paragraph that starts with "Exam tip". */
export const TIP = /^>\s*\**exam tip:?\**:?[^\n]*(?:\n>[^\n]*)*/gim;

/** Markdown reduced to its words and sentence punctuation. */
export function plainText(markdown: string): string {
  return markdown.replace(LINK, '$1').replace(MARKUP, '');
}

/**
 * A note's fields: its names, summary, exam tips and the rest of its body, with links reduced to
 * their text; also without markup when `plain` (searching needs only the words).
 */
export function noteFields(c: Concept, plain = true): string[] {
  const tips: string[] = [];
  const body = c.body.includes('xam tip')
    ? c.body.replace(TIP, tip => {
        tips.push(tip);
        return '';
      })
    : c.body;
  const clean = (text: string) => (plain ? plainText(text) : text.includes('](') ? text.replace(LINK, '$1') : text);
  return [[c.title, ...c.aliases].join('\n'), c.summary, clean(tips.join('\n')), clean(body)];
}

/** Where a sentence ends: after . ! ? or a colon before a line break, or at a blank line or list item. */
const SENTENCE_END = /(?<=[.!?])["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*(?:[-+]|\d+[.)])\s)/u;

/** The sentences of a note, summary first, each on one line without list and quote marks. */
export function sentences(c: Concept): string[] {
  const out: string[] = [];
  for (const part of [c.summary, plainText(c.body)]) {
    for (const s of part.split(SENTENCE_END)) {
      const line = s
        .replace(/^\s*(?:[-+]|\d+[.)])\s+/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (/[\p{L}\p{N}]/u.test(line)) out.push(line);
    }
  }
  return out;
}
