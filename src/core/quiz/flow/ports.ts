// The quiz flow's inputs and its narrow ports: what it needs from its host to post, remember and record.
import type { KnowledgeBase } from '../../knowledgeBase';
import type { SelfRating } from '../../progress/schedule';
import type { Random, Response } from '../present';
import type { FlowView } from './present';

/** What the flow accepts: the quiz protocol's inputs, already validated. */
export type FlowInput =
  | { readonly type: 'ready' }
  | { readonly type: 'start'; readonly mode: 'quick' | 'review' }
  | { readonly type: 'start'; readonly mode: 'exam'; readonly count: number; readonly timed: boolean }
  | { readonly type: 'answer'; readonly token: string; readonly answer: Response; readonly ms: number }
  | { readonly type: 'rate'; readonly token: string; readonly rating: SelfRating }
  | { readonly type: 'next' }
  | { readonly type: 'finish' }
  | { readonly type: 'examGo'; readonly token: string; readonly index: number }
  | {
      readonly type: 'examAnswer';
      readonly token: string;
      readonly index: number;
      readonly answer: Response;
      readonly ms: number;
    }
  | { readonly type: 'examFlag'; readonly token: string; readonly index: number; readonly flagged: boolean }
  | { readonly type: 'examSubmit'; readonly token: string };

export interface Poster {
  post(view: FlowView): Promise<void>;
}
export interface SessionMemory {
  get(): unknown;
  set(value: unknown): Promise<void>;
}
export interface ProgressPort {
  readonly writable: boolean;
  record(answer: {
    itemId: string;
    conceptId: string;
    correct: boolean;
    ms: number;
    confusedWith?: string;
  }): Promise<unknown>;
  /** Keeps a finished mock exam's results: per exam domain ("1".."5"), [right, asked]. */
  recordExam?(domains: Record<string, [number, number]>): Promise<void>;
  rerate(receipt: unknown, rating: SelfRating): Promise<void>;
  dueItemIds(): string[];
  dueCount(): number;
}
export interface Clock {
  now(): number;
  /** Calls `fn` at `at` (epoch ms); returns a function that cancels it. */
  at(at: number, fn: () => void): () => void;
}

export interface FlowPorts {
  readonly knowledge: () => Promise<KnowledgeBase>;
  readonly poster: Poster;
  readonly memory: SessionMemory;
  readonly progress: ProgressPort;
  readonly clock: Clock;
  readonly random: Random;
  /** Told when a review was asked for and nothing was due (a quick quiz runs instead). */
  readonly nothingDue?: () => void;
}
