// The quiz flow's one explicit state and its transitions, as pure functions: every input (the learner's
// answer, "next", a rating, the end of an exam, its deadline) maps a state to a new one.
import type { SelfRating } from '../../progress/schedule';
import type { QuizItem } from '../items';
import type { Random, Response } from '../present';
import {
  answerItem, answeredCurrent, finishRun, isDone, newRun, nextItem, restoreRun, showCurrent, snapshotRun,
  type AnsweredItem, type RunData,
} from './run';

/** quick: ten questions with feedback; review: the due ones; exam: a mock exam, scored at the end. */
export type QuizMode = 'quick' | 'review' | 'exam';

export interface Run {
  readonly mode: QuizMode;
  /** When a timed exam ends (epoch ms). */
  readonly deadline?: number;
  readonly data: RunData;
}

export type FlowState =
  | { readonly kind: 'idle' }
  /** A question is shown and waits for its answer; `token` names this showing of it. */
  | { readonly kind: 'asking'; readonly run: Run; readonly token: string }
  /** Answered, with feedback shown (never in an exam); `receipt` is what progress needs to re-rate it. */
  | {
    readonly kind: 'answered'; readonly run: Run; readonly token: string; readonly result: AnsweredItem;
    readonly receipt?: unknown; readonly rating?: SelfRating;
  }
  | { readonly kind: 'summary'; readonly run: Run };

export const IDLE: FlowState = { kind: 'idle' };

/** What a transition needs from outside: the time, a fresh token, and randomness for shuffles. */
export interface Env {
  readonly now: number;
  readonly token: () => string;
  readonly random: Random;
}

/** The state that shows the run's current item, or its summary once it is done. */
function asking(run: Run, env: Env): FlowState {
  const cur = showCurrent(run.data, env.random);
  return cur ? { kind: 'asking', run: { ...run, data: cur.run }, token: env.token() } : { kind: 'summary', run };
}

export function launch(mode: QuizMode, items: readonly QuizItem[], env: Env, deadline?: number): FlowState {
  return asking({ mode, data: newRun(items), ...(deadline !== undefined ? { deadline } : {}) }, env);
}

export const expired = (s: FlowState, now: number): boolean =>
  (s.kind === 'asking' || s.kind === 'answered') && s.run.deadline !== undefined && now > s.run.deadline;

/** An answer to the question shown as `token`: a stale or repeated one changes nothing. */
export function answer(s: FlowState, token: string, response: Response, ms: number, env: Env):
  { state: FlowState; result?: AnsweredItem } {
  if (s.kind !== 'asking' || token !== s.token) return { state: s };
  if (expired(s, env.now)) return { state: finish(s, env) };
  const step = answerItem(s.run.data, response, ms, env.random);
  if (!step) return { state: s };
  const run = { ...s.run, data: step.run };
  if (run.mode === 'exam') return { state: asking({ ...run, data: nextItem(step.run) ?? step.run }, env), result: step.result };
  return { state: { kind: 'answered', run, token: s.token, result: step.result }, result: step.result };
}

/** Progress has recorded the answer: keep what it needs to re-rate it. */
export const recorded = (s: FlowState, token: string, receipt: unknown): FlowState =>
  s.kind === 'answered' && s.token === token ? { ...s, receipt } : s;

export function next(s: FlowState, env: Env): FlowState {
  if (s.kind !== 'answered') return s;
  const data = nextItem(s.run.data);
  return data ? asking({ ...s.run, data }, env) : s;
}

/** "I knew it" or "I guessed" after a right answer whose progress was saved. */
export function rate(s: FlowState, token: string, rating: SelfRating): FlowState {
  if (s.kind !== 'answered' || s.token !== token || !s.result.correct || s.receipt === undefined) return s;
  return { ...s, rating };
}

/** Ends a run now (the learner ends an exam, or its time is up): what is unanswered counts as wrong. */
export function finish(s: FlowState, env: Env): FlowState {
  if (s.kind !== 'asking' && s.kind !== 'answered') return s;
  return { kind: 'summary', run: { ...s.run, data: finishRun(s.run.data, env.random) } };
}

/** What to remember between reloads: the run, as plain JSON. */
export function snapshot(s: FlowState): unknown {
  if (s.kind === 'idle') return undefined;
  const { mode, deadline, data } = s.run;
  return { mode, ...(deadline !== undefined ? { deadline } : {}), session: snapshotRun(data) };
}

/** The state after a reload: a remembered run resumes at its question (an answered one moves on). */
export function restore(saved: unknown, itemById: (id: string) => QuizItem | undefined, env: Env): FlowState | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const o = saved as { mode?: unknown; deadline?: unknown; session?: unknown };
  const mode = o.mode === 'quick' || o.mode === 'review' || o.mode === 'exam' ? o.mode : undefined;
  const data = mode && restoreRun(o.session, itemById);
  if (!mode || !data) return undefined;
  const deadline = typeof o.deadline === 'number' && Number.isFinite(o.deadline) ? o.deadline : undefined;
  const run: Run = { mode, data: answeredCurrent(data) ? nextItem(data) ?? data : data, ...(deadline !== undefined ? { deadline } : {}) };
  if (isDone(run.data)) return { kind: 'summary', run };
  const state = asking(run, env);
  return expired(state, env.now) ? finish(state, env) : state;
}
