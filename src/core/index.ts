// The vscode-free core: parse and validate notes, search them, match terms, build quizzes.
// Runs on plain Node and in a web worker; host services (file reading) are passed in.
import { KnowledgeBase, mergeKnowledge } from './knowledgeBase';
import type { Concept, KnowledgeData, NoteFile } from './model';
import { parseNotes, type ParseOptions } from './notes/parseNotes';
import { unpackKnowledge, type PackedKnowledge } from './notes/packed';
import { quizItemsOf } from './quiz/cache';
import type { QuizItem } from './quiz/items';
import { ConceptSearch, type SearchHit } from './search/conceptSearch';
import { lookUp, type LookUpResult } from './search/lookUp';
import { NotesSearch } from './search/notesSearch';
import { readingOf } from './terms/genaiContext';
import { TermIndex, type TermMatch } from './terms/termIndex';

export * from './model';
export { KnowledgeBase, mergeKnowledge, formKey } from './knowledgeBase';
export { parseNotes, MAX_NOTE_BYTES, type ParseOptions } from './notes/parseNotes';
export { readFrontMatter } from './notes/frontMatter';
export { packKnowledge, unpackKnowledge, type PackedKnowledge, type PackedConcept } from './notes/packed';
export { ConceptSearch, normaliseQuery, type SearchHit } from './search/conceptSearch';
export { NotesSearch, type NotesHit } from './search/notesSearch';
export { readsAsPhrase, STRONG_NAME, type LookUpResult } from './search/lookUp';
export type { Sentence } from './search/sentences';
export { TermIndex, GENERIC_WORDS, type TermMatch } from './terms/termIndex';
export { tokenize } from './terms/tokenize';
export { MODEL_WORDS, EVERYDAY_WORDS, type Reading } from './terms/reading';
export { readingOf, mentionsLibrary } from './terms/genaiContext';
export { buildQuizItems, neighbours, type QuizItem } from './quiz/items';
export {
  present,
  isCorrect,
  solutionLines,
  responseLines,
  permutation,
  type Presentation,
  type Response,
  type Random,
} from './quiz/present';

/** A folder of notes handed to `createKnowledgeBase`: its files and how to name it. */
export interface NoteRoot {
  readonly files: readonly NoteFile[];
  readonly options: ParseOptions;
}

/** Builds a knowledge base from the compiled bundled data plus any roots of user notes. */
export function createKnowledgeBase(
  bundled: KnowledgeData | PackedKnowledge | undefined,
  roots: readonly NoteRoot[] = [],
): KnowledgeBase {
  const parts = roots.map(r => parseNotes(r.files, r.options));
  return mergeKnowledge(bundled ? [unpackKnowledge(bundled), ...parts] : parts);
}

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
  const names = cached(searches, kb, () => new ConceptSearch(kb.concepts));
  return lookUp(
    names,
    cached(notesSearches, kb, () => new NotesSearch(kb.concepts)),
    query,
    limit,
  );
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
export { renderMarkdown, renderInline, escapeHtml } from './render';
export { QuizSession, type AnsweredItem, type SessionSnapshot } from './quiz/session';
export {
  drawExam,
  examPool,
  examReport,
  examMinutes,
  EXAM_DOMAINS,
  EXAM_MINUTES,
  EXAM_QUESTIONS,
  type ExamReport,
  type ScoreLine,
} from './quiz/exam';
export {
  drawMockExam,
  drawMockItems,
  apportion,
  seededRandom,
  type DrawnItem,
  type MockExamOptions,
} from './exam/mockExam';
export { mentionsIn, termsIn, type Mention, type TermSpan } from './terms/mentions';
export {
  readProgress,
  exportProgress,
  importProgress,
  emptyProgress,
  itemState,
  PROGRESS_VERSION,
  PROGRESS_KIND,
  type ProgressData,
  type ItemState,
  type StoredCard,
  type ReadResult,
  type ImportResult,
} from './progress/progress';
export {
  ratingFor,
  recordAnswer,
  recordExam,
  rerateAnswer,
  dueItems,
  dueCount,
  mastery,
  studyConceptIds,
  WEAK_RATE,
  isMastered,
  mergeProgress,
  FAST_MS,
  SLOW_MS,
  MASTERED_STABILITY_DAYS,
  type Answer,
  type Mastery,
  type SelfRating,
} from './progress/schedule';
export { Rating, State as CardState } from 'ts-fsrs';
export {
  EXAM_SKILLS,
  GUIDE_DOMAINS,
  PASS_SCALED,
  RETIRED_SERVICES,
  examSkill,
  type ExamSkill,
  type ExamDomain,
} from './exam/guide';
export {
  examCoverage,
  coverageIssues,
  retiredMentions,
  MIN_SKILL_QUESTIONS,
  MAX_SHARE_GAP,
  type ExamCoverage,
  type SkillCoverage,
  type DomainCoverage,
  type CoverageIssue,
} from './exam/coverage';
export { coverageMarkdown } from './exam/coverageReport';
export {
  lintAuthored,
  lintItem,
  conceptsByName,
  LINT_RULES,
  type LintReport,
  type LintFinding,
  type LintRule,
} from './quiz/lint';
export { generateQuizItems, type Generation } from './quiz/items';
export {
  QuizFlow,
  type FlowInput,
  type FlowPorts,
  type Poster,
  type SessionMemory,
  type ProgressPort,
  type Clock,
} from './quiz/flow/driver';
export { drawFor, QUICK_COUNT, REVIEW_COUNT, type QuizScope, type Drawn } from './quiz/flow/scope';
export type { FlowView, QuestionShape, ScoreRow } from './quiz/flow/present';
export type { FlowState, QuizMode, Run } from './quiz/flow/state';
export { readNoteTree, MAX_NOTE_FILES, MAX_FOLDER_DEPTH, type FileAccess } from './notes/walk';
export { dayKey, type StudyHistory, type ExamRecord } from './progress/history';
export {
  readiness,
  verdictOf,
  PASS_SHARE,
  SCORED_QUESTIONS,
  type Readiness,
  type ReadinessOptions,
  type DomainReadiness,
  type SkillReadiness,
  type Estimate,
  type Verdict,
} from './readiness/readiness';
export { MAX_REVIEWS_PER_DAY } from './readiness/plan';
export {
  studyActivity,
  confusedPairs,
  confusedWith,
  type StudyActivity,
  type DayCount,
  type ConfusedPair,
} from './readiness/activity';
