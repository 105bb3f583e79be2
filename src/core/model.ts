// The knowledge model: plain data, JSON-serialisable, shared by every surface.

export type Severity = 'error' | 'warning';

/** A problem found while reading notes: always with the file and a 1-based line. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  readonly severity: Severity;
}

export interface ExamTag {
  readonly domain: number;
  readonly task?: string;
  /** Skill ids of the exam guide, such as "3.1.b"; the first names the note's main skill. */
  readonly skills?: readonly string[];
  /** Kept for reference but never drawn into a mock exam: a retired service, or trivia beyond the exam. */
  readonly status?: 'retired' | 'off-exam';
}

/** How a concept's surface forms behave in hover matching (see notes/README.md). */
export interface HoverRules {
  /** false: the concept is for look-up only. */
  readonly enabled: boolean;
  /** Forms that match only in exactly this case. */
  readonly caseSensitive: readonly string[];
  /** Forms that match only as a whole standalone word or identifier. */
  readonly standalone: readonly string[];
  /** Forms used by look-up but never by hover. */
  readonly exclude: readonly string[];
}

/** Where a case study's question belongs: the case's shared scenario, and which of its questions this is. */
export interface CaseRef {
  /** Unique in its note ("case-1"); the item's case is `${conceptId}/${id}`. */
  readonly id: string;
  readonly title: string;
  /** Markdown: the situation and its explicit requirements. */
  readonly scenario: string;
  /** 1-based position among the case's questions, and how many it has. */
  readonly part: number;
  readonly parts: number;
}

interface QuizBase {
  readonly question: string;
  /** Set on each question of a case study (authored as `type: case` with its `questions`). */
  readonly case?: CaseRef;
  readonly explanation: string;
  /** The exam-guide skill the question tests, when it differs from its note's first skill. */
  readonly skill?: string;
  /** The stem quotes a text whose parts are the options, so it may name them. */
  readonly quoting?: boolean;
}
export interface SingleItem extends QuizBase {
  readonly type: 'single';
  readonly choices: readonly string[];
  readonly answer: number;
}
export interface MultipleItem extends QuizBase {
  readonly type: 'multiple';
  readonly choices: readonly string[];
  readonly answer: readonly number[];
}
export interface OrderingItem extends QuizBase {
  readonly type: 'ordering';
  readonly items: readonly string[];
}
export interface MatchingItem extends QuizBase {
  readonly type: 'matching';
  readonly pairs: readonly (readonly [string, string])[];
}
/** A quiz question as authored in a note's front matter. */
export type AuthoredItem = SingleItem | MultipleItem | OrderingItem | MatchingItem;
export type QuizType = AuthoredItem['type'];

export type Origin = 'bundled' | 'user';

export interface SourceRef {
  readonly file: string;
  /** 1-based line where the note's body starts. */
  readonly line: number;
}

export interface Concept {
  readonly id: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  /** Markdown body. */
  readonly body: string;
  readonly topicId: string;
  /** Titles from the root topic down to the concept's own topic. */
  readonly topicPath: readonly string[];
  readonly related: readonly string[];
  readonly order: number;
  readonly exam?: ExamTag;
  readonly hover: HoverRules;
  readonly quiz: readonly AuthoredItem[];
  readonly source: SourceRef;
  readonly origin: Origin;
}

export interface Topic {
  /** Folder path relative to its notes root, with '/' separators; user roots are prefixed. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly order: number;
  readonly parentId: string | undefined;
  readonly origin: Origin;
  readonly source?: SourceRef;
}

/** The serialisable content of a knowledge base (what the build writes for the bundled notes). */
export interface KnowledgeData {
  readonly topics: readonly Topic[];
  readonly concepts: readonly Concept[];
  readonly problems: readonly Problem[];
  /** The build checked the links in these concepts' text already (the compiled bundled notes). */
  readonly linksChecked?: boolean;
}

/** A note file handed to the parser; the host reads it (fs, workspace.fs, or the build). */
export interface NoteFile {
  /** Path relative to its notes root, with '/' separators. */
  readonly path: string;
  readonly text: string;
  /** Set instead of the text (which is then empty) when the file was too large to read: its size in bytes. */
  readonly bytes?: number;
}
