// The messages between the extension and its webviews, defined once for both sides.

/** A question as the webview shows it: choices already shuffled, no answer inside. */
export type QuestionView =
  | { readonly type: 'single' | 'multiple'; readonly choices: readonly string[]; readonly pick: number }
  | { readonly type: 'ordering'; readonly items: readonly string[] }
  | { readonly type: 'matching'; readonly left: readonly string[]; readonly right: readonly string[] };

export interface QuestionMessage {
  readonly type: 'question';
  readonly token: string;
  readonly index: number;
  readonly total: number;
  readonly conceptTitle: string;
  /** Rendered (sanitised) HTML of the question text. */
  readonly html: string;
  readonly view: QuestionView;
}

/** The learner's answer: choice indexes (single, multiple), an order, or the right index per left item. */
export type Answer =
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
}

export interface SummaryMessage {
  readonly type: 'summary';
  readonly correct: number;
  readonly total: number;
  readonly byTopic: readonly { readonly topic: string; readonly correct: number; readonly total: number }[];
}

export interface IdleMessage {
  readonly type: 'idle';
  readonly due: number;
  readonly items: number;
}

export type ToQuizWebview = QuestionMessage | FeedbackMessage | SummaryMessage | IdleMessage;

export type FromQuizWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'start'; readonly mode: 'quick' | 'review' }
  | { readonly type: 'answer'; readonly token: string; readonly answer: Answer; readonly ms: number }
  | { readonly type: 'next' }
  | { readonly type: 'openConcept'; readonly id: string };

export type FromConceptWebview =
  | { readonly type: 'open'; readonly id: string }
  | { readonly type: 'quiz'; readonly id: string };

export interface ConceptState {
  readonly id: string;
}
