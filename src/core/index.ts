// The vscode-free core: search notes, match terms, build quizzes. Runs on plain Node and in a web
// worker; host services (file reading) are passed in. Parsing notes (YAML) and markdown-it are not
// here: see ./kit.ts and ./parsing.ts, so that the extension's main bundle does not carry them.
export * from './model';
export { KnowledgeBase, mergeKnowledge, formKey } from './knowledgeBase';
export { MAX_NOTE_BYTES } from './notes/order';
export { packKnowledge, unpackKnowledge, type PackedKnowledge, type PackedConcept, type TextRow } from './notes/packed';
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

export {
  lookUpConcepts,
  prepareLookUp,
  searchConcepts,
  termIndexOf,
  findTermAt,
  hoverAt,
  quizItems,
} from './knowledgeApi';
export { renderMarkdown, renderInline, escapeHtml, installMarkdown, type MarkdownRenderer } from './render';
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
