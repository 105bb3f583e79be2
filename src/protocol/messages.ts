// The messages between the extension and its webviews, defined once for both sides. The protocol owns
// its words: it imports nothing, and the adapters check at compile time that the core's shapes fit.

/** A score row: a topic or an exam domain, with its right answers out of its questions. */
export interface ScoreLine {
  readonly label: string;
  readonly correct: number;
  readonly total: number;
  /** An exam domain's weight on the real exam, in percent. */
  readonly weight?: number;
}

/** A question as the webview shows it: choices already shuffled, no answer inside. */
export type QuestionView =
  | { readonly type: 'single' | 'multiple'; readonly choices: readonly string[]; readonly pick: number }
  | { readonly type: 'ordering'; readonly items: readonly string[] }
  | { readonly type: 'matching'; readonly left: readonly string[]; readonly right: readonly string[] };

/** quick: ten questions with feedback; review: the due ones; exam: a mock exam, scored at the end. */
export type QuizMode = 'quick' | 'review' | 'exam';

/** The learner's own judgement of a right answer, which replaces the timing rule of the schedule. */
export type SelfRating = 'knew' | 'guessed';

export interface QuestionMessage {
  readonly type: 'question';
  readonly token: string;
  readonly mode: QuizMode;
  /** When a timed exam ends (epoch ms). */
  readonly deadline?: number;
  readonly index: number;
  readonly total: number;
  readonly conceptTitle: string;
  /** Rendered (sanitised) HTML of the question text. */
  readonly html: string;
  readonly view: QuestionView;
}

/** The learner's response: choice indexes (single, multiple), an order, or the right index per left item. */
export type Response =
  | { readonly type: 'single' | 'multiple'; readonly picked: readonly number[] }
  | { readonly type: 'ordering'; readonly order: readonly number[] }
  | { readonly type: 'matching'; readonly matches: readonly number[] };

export interface FeedbackMessage {
  readonly type: 'feedback';
  readonly token: string;
  readonly correct: boolean;
  /** The correct answer, as text lines. */
  readonly solution: readonly string[];
  readonly explanationHtml: string;
  readonly conceptId: string;
  /** Whether "I knew it / I guessed" is offered (right answers whose progress is saved). */
  readonly canRate: boolean;
  /** The learner's rating, once given and saved. */
  readonly rating?: SelfRating;
}

/** A wrong (or unanswered) question, for the review after a session. */
export interface WrongAnswer {
  readonly html: string;
  readonly conceptId: string;
  readonly conceptTitle: string;
  /** The learner's answer as text lines; empty when the question was not answered. */
  readonly given: readonly string[];
  readonly solution: readonly string[];
  readonly explanationHtml: string;
}

export interface SummaryMessage {
  readonly type: 'summary';
  readonly mode: QuizMode;
  readonly correct: number;
  readonly total: number;
  /** Questions left unanswered (a timed exam that ran out, or one finished early). */
  readonly skipped: number;
  readonly byTopic: readonly ScoreLine[];
  readonly byDomain: readonly ScoreLine[];
  /** Per exam-guide skill (mock exams). */
  readonly bySkill: readonly ScoreLine[];
  readonly wrong: readonly WrongAnswer[];
}

export interface IdleMessage {
  readonly type: 'idle';
  readonly due: number;
  readonly items: number;
  /** The mock exam's default length (the real exam's 65, or fewer when there are fewer questions). */
  readonly examDefault: number;
}

/** A mock exam's question as the exam shows it: the learner's response and flag, and a case's scenario. */
export interface ExamQuestion {
  readonly html: string;
  readonly view: QuestionView;
  readonly response?: Response;
  readonly flagged: boolean;
  /** A case study's shared scenario (rendered HTML), shown beside each of its questions. */
  readonly scenario?: { readonly title: string; readonly html: string; readonly part: number; readonly parts: number };
}

/** A mock exam under way: the navigator and the current question, or the review screen before submitting. */
export interface ExamMessage {
  readonly type: 'exam';
  /** Names this exam: messages about another exam are ignored. */
  readonly token: string;
  readonly total: number;
  /** The current question, 0-based; `total` is the review screen. */
  readonly index: number;
  /** When a timed exam ends (epoch ms); it is submitted then. */
  readonly deadline?: number;
  /** Per question: answered or not, flagged for review or not. */
  readonly nav: readonly { readonly answered: boolean; readonly flagged: boolean }[];
  /** Absent on the review screen. */
  readonly question?: ExamQuestion;
}

export type ToQuizWebview = QuestionMessage | FeedbackMessage | SummaryMessage | IdleMessage | ExamMessage;

export type FromQuizWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'start'; readonly mode: 'quick' | 'review' }
  | { readonly type: 'start'; readonly mode: 'exam'; readonly count: number; readonly timed: boolean }
  | { readonly type: 'answer'; readonly token: string; readonly answer: Response; readonly ms: number }
  | { readonly type: 'rate'; readonly token: string; readonly rating: SelfRating }
  | { readonly type: 'next' }
  /** Ends a mock exam now; unanswered questions count as wrong. */
  | { readonly type: 'finish' }
  /** In a mock exam: go to question `index` (the review screen at `total`). */
  | { readonly type: 'examGo'; readonly token: string; readonly index: number }
  /** In a mock exam: give or change the response to question `index` (no choice picked clears it). */
  | {
      readonly type: 'examAnswer';
      readonly token: string;
      readonly index: number;
      readonly answer: Response;
      readonly ms: number;
    }
  | { readonly type: 'examFlag'; readonly token: string; readonly index: number; readonly flagged: boolean }
  /** Submits the mock exam: every question is scored and progress recorded. */
  | { readonly type: 'examSubmit'; readonly token: string }
  | { readonly type: 'openConcept'; readonly id: string };

export type FromConceptWebview =
  { readonly type: 'open'; readonly id: string } | { readonly type: 'quiz'; readonly id: string };

export interface ConceptState {
  readonly id: string;
}

/** An estimate of the share of exam questions right (0..1), its 90% band, and the verdict against the pass mark. */
export interface EstimateView {
  readonly share: number;
  readonly low: number;
  readonly high: number;
  readonly verdict: 'above' | 'near' | 'below';
}

export interface DomainReadinessView extends EstimateView {
  readonly domain: number;
  readonly title: string;
  /** Percent of the exam. */
  readonly weight: number;
  readonly items: number;
  readonly seen: number;
  readonly mockQuestions: number;
  readonly atDate?: EstimateView;
}

/** Everything the readiness view shows. */
export interface ReadinessMessage {
  readonly type: 'readiness';
  /** When these figures were worked out (epoch ms): the page shows the newest it has. */
  readonly madeAt: number;
  readonly passShare: number;
  readonly overall: EstimateView & { readonly atDate?: EstimateView };
  readonly domains: readonly DomainReadinessView[];
  /** The exam date as "YYYY-MM-DD" (local), when one is set; `examPast` when it has gone by. */
  readonly examDate?: string;
  readonly examPast?: boolean;
  /** Reviews a day to keep every domain above the mark on the exam date; null: more than `maxReviews`. */
  readonly reviewsPerDay?: number | null;
  /** The reviews a day are still being worked out: another message follows. */
  readonly planPending?: boolean;
  readonly maxReviews: number;
  readonly weakestSkills: readonly {
    readonly skill: string;
    readonly label: string;
    readonly domain: number;
    readonly share: number;
    readonly items: number;
    readonly seen: number;
  }[];
  readonly activity: {
    readonly days: readonly { readonly day: string; readonly count: number }[];
    readonly streak: number;
    readonly answers: number;
    readonly activeDays: number;
    readonly approximate: boolean;
  };
  readonly confusions: readonly {
    readonly a: { readonly id: string; readonly title: string };
    readonly b: { readonly id: string; readonly title: string };
    readonly count: number;
  }[];
}

export type ToReadinessWebview = ReadinessMessage;

export type FromReadinessWebview =
  | { readonly type: 'ready' }
  /** "YYYY-MM-DD", or '' to clear the exam date. */
  | { readonly type: 'setExamDate'; readonly date: string }
  /** Starts a quiz on these exam-guide skills. */
  | { readonly type: 'studySkills'; readonly skills: readonly string[] }
  | { readonly type: 'openConcept'; readonly id: string };
