// What the look-up shows for a query: concepts found by name, then concepts whose notes answer it.
import type { Concept } from '../model';
import type { ConceptSearch, SearchHit } from './conceptSearch';
import type { NotesSearch } from './notesSearch';
import type { Sentence } from './sentences';

export interface LookUpResult {
  /** Concepts found by their names, best first. */
  readonly names: readonly SearchHit[];
  /** Concepts whose notes' text matches the query, best first; none of them is in `names`. */
  readonly notes: readonly { readonly concept: Concept; readonly relevance: number; readonly sentence: Sentence }[];
}

/** A name match at most this far from perfect (0) is strong: a name query needs nothing more. */
export const STRONG_NAME = 0.4;
/** The notes section lists at most this many concepts. */
export const NOTES_LIMIT = 10;
/** With no strong name match, this many weak ones are shown before the notes matches. */
const WEAK_NAMES = 5;
/** Words that start a question. */
const QUESTION = /^(?:how|what|whats|which|why|when|where|who|whom|can|could|does|do|is|are|should|would|will|i|my)\s/i;

/**
 * Whether a query reads as a description or a question rather than a name: it ends with "?",
 * starts with a question word, or has four words or more.
 */
export function readsAsPhrase(query: string): boolean {
  const q = query.trim();
  if (q.endsWith('?') || QUESTION.test(q)) return true;
  return q.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length >= 4;
}

/**
 * The look-up's two sections. For a name, the name matches; when the query reads as a phrase or
 * no name matches strongly, also the notes that answer it. A phrase keeps only its strong name
 * matches and a name query its first few weak ones, so that weak matches do not push the notes'
 * answers down.
 */
export function lookUp(names: ConceptSearch, notes: NotesSearch, query: string, limit: number): LookUpResult {
  const phrase = readsAsPhrase(query);
  // A phrase keeps only strong name matches, which the character-level fallback never gives.
  const byName = names.search(query, limit, !phrase);
  const strong = byName.filter(h => h.score <= STRONG_NAME);
  if (!phrase && strong.length) return { names: byName, notes: [] };
  const shown = phrase ? strong : byName.slice(0, WEAK_NAMES);
  const ids = new Set(shown.map(h => h.concept.id));
  const room = Math.min(NOTES_LIMIT, Math.max(0, limit - shown.length));
  const found = room
    ? notes
        .search(query, room + ids.size)
        .filter(h => !ids.has(h.concept.id))
        .slice(0, room)
    : [];
  return { names: shown, notes: found };
}
