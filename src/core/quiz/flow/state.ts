// The quiz flow's one explicit state and its transitions, as pure functions: every input (the learner's
// answer, "next", a rating, the end of an exam, its deadline) maps a state to a new one.
import type { SelfRating } from '../../progress/schedule';
import type { QuizItem } from '../items';
import type { Random, Response } from '../present';
import {
  answerItem,
  answeredCurrent,
  finishRun,
  isDone,
  newRun,
  nextItem,
  restoreRun,
  showCurrent,
  snapshotRun,
  type AnsweredItem,
  type RunData,
} from './run';
import { examResults, flag, goTo, newExam, respond, restoreExam, snapshotExam, type ExamRun } from './examRun';

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
      readonly kind: 'answered';
      readonly run: Run;
      readonly token: string;
      readonly result: AnsweredItem;
      readonly receipt?: unknown;
      readonly rating?: SelfRating;
    }
  /** A mock exam under way: questions answered, changed and flagged in any order until it is submitted. */
  | { readonly kind: 'exam'; readonly exam: ExamRun; readonly deadline?: number; readonly token: string }
  | { readonly kind: 'summary'; readonly run: Run };

export type ExamState = Extract<FlowState, { kind: 'exam' }>;
/** A transition of an exam, with the scored results when it ended the exam (submitted or timed out). */
export interface ExamStep {
  readonly state: FlowState;
  readonly results?: readonly AnsweredItem[];
}

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
  if (mode === 'exam' && items.length) {
    const exam = newExam(items, Math.floor(env.random() * 2 ** 32));
    return { kind: 'exam', exam, token: env.token(), ...(deadline !== undefined ? { deadline } : {}) };
  }
  return asking({ mode, data: newRun(items), ...(deadline !== undefined ? { deadline } : {}) }, env);
}

export const expired = (s: FlowState, now: number): boolean =>
  s.kind === 'exam'
    ? s.deadline !== undefined && now > s.deadline
    : (s.kind === 'asking' || s.kind === 'answered') && s.run.deadline !== undefined && now > s.run.deadline;

/** Submits an exam (`token` from the learner; none when its time ran out): every question is scored. */
export function submit(s: FlowState, token?: string): ExamStep {
  if (s.kind !== 'exam' || (token !== undefined && token !== s.token)) return { state: s };
  const results = examResults(s.exam);
  const data = { items: s.exam.items, index: s.exam.items.length, answered: results };
  const run: Run = { mode: 'exam', data, ...(s.deadline !== undefined ? { deadline: s.deadline } : {}) };
  return { state: { kind: 'summary', run }, results };
}

/** One change to an exam; a stale token or a bad index changes nothing, and past its deadline it is submitted. */
function examStep(s: FlowState, token: string, env: Env, change: (exam: ExamRun) => ExamRun | undefined): ExamStep {
  if (s.kind !== 'exam' || token !== s.token) return { state: s };
  if (expired(s, env.now)) return submit(s);
  const exam = change(s.exam);
  return { state: exam && exam !== s.exam ? { ...s, exam } : s };
}

/** Moves to question `index`, or to the review screen at `total`. */
export const examGo = (s: FlowState, token: string, index: number, env: Env): ExamStep =>
  examStep(s, token, env, e => goTo(e, index));
/** Gives or changes the response to question `index` (an empty choice clears it). */
export const examRespond = (
  s: FlowState,
  token: string,
  index: number,
  response: Response,
  ms: number,
  env: Env,
): ExamStep => examStep(s, token, env, e => respond(e, index, response, ms));
/** Flags question `index` for review, or clears its flag. */
export const examFlag = (s: FlowState, token: string, index: number, flagged: boolean, env: Env): ExamStep =>
  examStep(s, token, env, e => flag(e, index, flagged));

/** An answer to the question shown as `token`: a stale or repeated one changes nothing. */
export function answer(
  s: FlowState,
  token: string,
  response: Response,
  ms: number,
  env: Env,
): { state: FlowState; result?: AnsweredItem } {
  if (s.kind !== 'asking' || token !== s.token) return { state: s };
  if (expired(s, env.now)) return { state: finish(s, env) };
  const step = answerItem(s.run.data, response, ms, env.random);
  if (!step) return { state: s };
  const run = { ...s.run, data: step.run };
  if (run.mode === 'exam')
    return { state: asking({ ...run, data: nextItem(step.run) ?? step.run }, env), result: step.result };
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
  if (s.kind === 'exam') return submit(s).state;
  if (s.kind !== 'asking' && s.kind !== 'answered') return s;
  return { kind: 'summary', run: { ...s.run, data: finishRun(s.run.data, env.random) } };
}

/** What to remember between reloads: the run, as plain JSON. */
export function snapshot(s: FlowState): unknown {
  if (s.kind === 'idle') return undefined;
  if (s.kind === 'exam') {
    const deadline = s.deadline !== undefined ? { deadline: s.deadline } : {};
    return { mode: 'exam', token: s.token, ...deadline, exam: snapshotExam(s.exam) };
  }
  const { mode, deadline, data } = s.run;
  return { mode, ...(deadline !== undefined ? { deadline } : {}), session: snapshotRun(data) };
}

/** The state after a reload: a remembered run resumes at its question (an answered one moves on). */
export function restore(
  saved: unknown,
  itemById: (id: string) => QuizItem | undefined,
  env: Env,
): FlowState | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const o = saved as { mode?: unknown; deadline?: unknown; session?: unknown; exam?: unknown; token?: unknown };
  const deadline = typeof o.deadline === 'number' && Number.isFinite(o.deadline) ? o.deadline : undefined;
  if (o.mode === 'exam' && o.exam !== undefined) {
    // An exam past its deadline comes back as it was: the driver submits it, so its answers are recorded.
    const exam = restoreExam(o.exam, itemById);
    const token = typeof o.token === 'string' && o.token ? o.token : env.token();
    return exam && { kind: 'exam', exam, token, ...(deadline !== undefined ? { deadline } : {}) };
  }
  const mode = o.mode === 'quick' || o.mode === 'review' || o.mode === 'exam' ? o.mode : undefined;
  const data = mode && restoreRun(o.session, itemById);
  if (!mode || !data) return undefined;
  const run: Run = {
    mode,
    data: answeredCurrent(data) ? (nextItem(data) ?? data) : data,
    ...(deadline !== undefined ? { deadline } : {}),
  };
  if (isDone(run.data)) return { kind: 'summary', run };
  const state = asking(run, env);
  return expired(state, env.now) ? finish(state, env) : state;
}
