// The core's entry points over a knowledge base: looking concepts up, matching terms, quiz items.
// Indexes are built on first use and cached per knowledge base, so every surface shares them.
import type { KnowledgeBase } from './knowledgeBase';
import type { Concept } from './model';
import { quizItemsOf } from './quiz/cache';
import type { QuizItem } from './quiz/items';
import { ConceptSearch, type SearchHit } from './search/conceptSearch';
import { lookUp, type LookUpResult } from './search/lookUp';
import { NotesSearch } from './search/notesSearch';
import { readingOf } from './terms/genaiContext';
import { TermIndex, type TermMatch } from './terms/termIndex';

// Indexes are built on first use and cached per knowledge base, so every surface shares them.
const searches = new WeakMap<KnowledgeBase, ConceptSearch>();
const notesSearches = new WeakMap<KnowledgeBase, NotesSearch>();
const termIndexes = new WeakMap<KnowledgeBase, TermIndex>();

function cached<T>(map: WeakMap<KnowledgeBase, T>, kb: KnowledgeBase, make: () => T): T {
  let value = map.get(kb);
  if (value === undefined) map.set(kb, (value = make()));
  return value;
}

/** The look-up's sections for a query: concepts found by name, then by their notes' text. */
export function lookUpConcepts(kb: KnowledgeBase, query: string, limit = 50): LookUpResult {
  return lookUp(namesOf(kb), notesOf(kb), query, limit);
}

/** The look-up's name index, and its notes search, which finds the concepts a query names with it. */
const namesOf = (kb: KnowledgeBase) => cached(searches, kb, () => new ConceptSearch(kb.concepts));
const notesOf = (kb: KnowledgeBase) => cached(notesSearches, kb, () => new NotesSearch(kb.concepts, namesOf(kb)));

/**
 * Makes one part of the look-up's indexes ahead of its queries: the name index, or else up to
 * `notes` more notes' words for the notes search. True when they are complete. A caller calls it
 * in idle moments until then, so that no question waits for the index.
 */
export function prepareLookUp(kb: KnowledgeBase, notes = 250): boolean {
  if (!searches.has(kb)) {
    namesOf(kb);
    return false;
  }
  return notesOf(kb).prepare(notes);
}

/** Notes matches rank after every name match: their scores start here. */
const NOTES_SCORE = 2;

/**
 * Ranked concepts for a look-up query, best first, in the order the look-up shows them: the
 * name matches, then the notes matches (`inNotes`, with their matching sentence).
 */
export function searchConcepts(kb: KnowledgeBase, query: string, limit = 50): SearchHit[] {
  const { names, notes } = lookUpConcepts(kb, query, limit);
  return [
    ...names,
    ...notes.map(h => ({ concept: h.concept, score: NOTES_SCORE + 1 - h.relevance, inNotes: h.sentence })),
  ];
}

/** The term index behind hovers and "In this file". */
export function termIndexOf(kb: KnowledgeBase): TermIndex {
  return cached(termIndexes, kb, () => new TermIndex(kb.concepts));
}

/** The concept whose term is under `character` in `lineText`, with the term's exact range. */
export function findTermAt(
  kb: KnowledgeBase,
  lineText: string,
  character: number,
): { concept: Concept; concepts: readonly Concept[]; start: number; end: number } | undefined {
  const m: TermMatch | undefined = termIndexOf(kb).findAt(lineText, character);
  return m && { concept: m.concepts[0], concepts: m.concepts, start: m.start, end: m.end };
}

/**
 * The term under the cursor in a document, exactly as the hover provider finds it: the line read
 * with its document's context (a GenAI file or not). `line` and `character` are 0-based.
 */
export function hoverAt(
  kb: KnowledgeBase,
  documentText: string,
  line: number,
  character: number,
): { concepts: readonly Concept[]; start: number; end: number } | undefined {
  const index = termIndexOf(kb);
  const text = lineOf(documentText, line);
  if (text === undefined) return undefined;
  const m = index.findAt(text, character, readingOf(index, documentText));
  return m && { concepts: m.concepts, start: m.start, end: m.end };
}

/** Line `n` of a text (lines end at \n, \r\n or \r), or undefined past its end. */
function lineOf(text: string, n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined;
  const lines = text.split(/\r\n|\r|\n/, n + 1);
  return lines.length > n ? lines[n] : undefined;
}

/** Every quiz item, authored and generated, each with its concept id and type. */
export function quizItems(kb: KnowledgeBase): QuizItem[] {
  return quizItemsOf(kb);
}
