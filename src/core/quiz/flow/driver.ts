// The quiz flow: holds one state, turns inputs into transitions, and does its input and output through
// narrow ports (post a message, remember a session, record progress), one input at a time.
import { confusedWith } from '../../readiness/activity';
import { quizItemsOf } from '../cache';
import type { FlowInput, FlowPorts } from './ports';
import { feedback, viewsOf } from './present';
import { drawFor, type QuizScope } from './scope';
import * as T from './state';

export type { FlowInput, FlowPorts, Poster, SessionMemory, ProgressPort, Clock } from './ports';

let tokens = 0;
const newToken = () => `${Date.now().toString(36)}-${(++tokens).toString(36)}`;

export class QuizFlow {
  private state: T.FlowState = T.IDLE;
  private restored = false;
  private cancelTimer: (() => void) | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ports: FlowPorts) {}

  /** The current state, for tests and diagnostics. */
  get current(): T.FlowState {
    return this.state;
  }

  /** Starts a new run for `scope`. */
  start(scope?: QuizScope): Promise<void> {
    return this.serial(() => this.begin(scope));
  }

  /** Shows the unfinished run when no scope is given and there is one; otherwise starts anew. */
  resume(scope?: QuizScope): Promise<void> {
    return this.serial(async () => {
      if (!scope && (await this.load(), ['asking', 'answered', 'exam'].includes(this.state.kind))) return this.show();
      return this.begin(scope);
    });
  }

  /** One input from the webview; inputs run one at a time, in arrival order. */
  receive(input: FlowInput): Promise<void> {
    return this.serial(() => this.step(input));
  }

  dispose(): void {
    this.cancelTimer?.();
  }

  private serial(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private env(): T.Env {
    return { now: this.ports.clock.now(), token: newToken, random: this.ports.random };
  }

  private async begin(scope?: QuizScope): Promise<void> {
    const kb = await this.ports.knowledge();
    const env = this.env();
    const drawn = drawFor(kb, scope, this.ports.progress.dueItemIds(), env.now, env.random);
    if (drawn.nothingDue) this.ports.nothingDue?.();
    this.restored = true; // a new run replaces whatever was remembered
    await this.apply(T.launch(drawn.mode, drawn.items, env, drawn.deadline));
  }

  private async step(input: FlowInput): Promise<void> {
    await this.load();
    const env = this.env();
    switch (input.type) {
      case 'ready':
        return this.show();
      case 'start':
        return this.begin(
          input.mode === 'exam'
            ? { exam: { count: input.count, timed: input.timed } }
            : input.mode === 'review'
              ? { review: true }
              : undefined,
        );
      case 'next': {
        const next = T.next(this.state, env);
        return next === this.state ? undefined : this.apply(next);
      }
      case 'finish':
        return this.state.kind === 'exam' ? this.endExam(T.submit(this.state)) : undefined;
      case 'examSubmit':
        return this.endExam(T.submit(this.state, input.token));
      case 'examGo':
        return this.endExam(T.examGo(this.state, input.token, input.index, env));
      case 'examFlag':
        return this.endExam(T.examFlag(this.state, input.token, input.index, input.flagged, env));
      case 'examAnswer':
        return this.endExam(T.examRespond(this.state, input.token, input.index, input.answer, input.ms, env));
      case 'rate': {
        const s = this.state;
        const rated = T.rate(s, input.token, input.rating);
        if (rated === s || s.kind !== 'answered' || !this.ports.progress.writable) return;
        await this.ports.progress.rerate(s.receipt, input.rating);
        this.state = rated;
        return this.showFeedback();
      }
      case 'answer': {
        const { state, result } = T.answer(this.state, input.token, input.answer, input.ms, env);
        if (state === this.state) return;
        this.state = state; // before anything is awaited, so a reload meanwhile shows the same state
        if (result) {
          const kb = await this.ports.knowledge();
          const other = result.correct ? undefined : confusedWith(kb, result.item, result.given);
          const receipt = await this.ports.progress.record({
            itemId: result.item.id,
            conceptId: result.item.conceptId,
            correct: result.correct,
            ms: input.ms,
            ...(other ? { confusedWith: other } : {}),
          });
          if (state.kind === 'answered') this.state = T.recorded(this.state, state.token, receipt);
        }
        if (this.state.kind !== 'answered') return this.apply(this.state);
        await this.ports.memory.set(T.snapshot(this.state));
        return this.showFeedback();
      }
    }
  }

  /**
   * Takes an exam's step; when it ended the exam (submitted, or past its deadline), progress records every
   * answered question, once, before the score is shown.
   */
  private async endExam(step: T.ExamStep): Promise<void> {
    if (step.state === this.state) return;
    this.state = step.state; // before anything is awaited, so a reload meanwhile shows the same state
    const kb = await this.ports.knowledge();
    for (const r of step.results ?? []) {
      if (r.skipped) continue;
      const other = r.correct ? undefined : confusedWith(kb, r.item, r.given);
      await this.ports.progress.record({
        itemId: r.item.id,
        conceptId: r.item.conceptId,
        correct: r.correct,
        ms: r.ms,
        ...(other ? { confusedWith: other } : {}),
      });
    }
    if (step.results) await this.ports.progress.recordExam?.(domainResults(step.results));
    return this.apply(this.state);
  }

  /** Ends a run whose time is up: an exam is submitted, any other run finished. */
  private timeUp(): Promise<void> {
    if (this.state.kind === 'exam') return this.endExam(T.submit(this.state));
    return this.apply(T.finish(this.state, this.env()));
  }

  /** Takes a new state: remembers it, re-arms the exam timer and shows it. */
  private async apply(state: T.FlowState): Promise<void> {
    const ended = state.kind === 'summary' && state.run.mode === 'exam' && this.state.kind !== 'summary';
    this.state = state;
    if (ended) await this.ports.progress.recordExam?.(domainResults(state.run.data.answered));
    await this.ports.memory.set(T.snapshot(state));
    this.arm();
    return this.show();
  }

  /** Sends only the feedback of the answered question, which the webview shows under it. */
  private async showFeedback(): Promise<void> {
    const s = this.state;
    if (s.kind === 'answered') await this.ports.poster.post(feedback(s, this.ports.progress.writable));
  }

  private async show(): Promise<void> {
    const kb = await this.ports.knowledge();
    if (T.expired(this.state, this.ports.clock.now())) return this.timeUp();
    const idle = { due: this.ports.progress.dueCount(), items: quizItemsOf(kb).length };
    for (const view of viewsOf(kb, this.state, idle, this.ports.progress.writable)) await this.ports.poster.post(view);
  }

  /** Reads the remembered run once, after a reload. */
  private async load(): Promise<void> {
    if (this.restored) return;
    this.restored = true;
    const kb = await this.ports.knowledge();
    const byId = new Map(quizItemsOf(kb).map(i => [i.id, i]));
    const saved = this.ports.memory.get();
    const state = T.restore(saved, id => byId.get(id), this.env());
    if (state) {
      this.state = state;
      this.arm();
    } else if (saved !== undefined) await this.ports.memory.set(undefined);
  }

  private arm(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    const s = this.state;
    const deadline =
      s.kind === 'exam' ? s.deadline : s.kind === 'asking' || s.kind === 'answered' ? s.run.deadline : undefined;
    if (deadline === undefined) return;
    const runOf = (x: T.FlowState) => (x.kind === 'asking' || x.kind === 'answered' ? x.run : undefined);
    const same = (now: T.FlowState) =>
      now === s ||
      (s.kind === 'exam'
        ? now.kind === 'exam' && now.token === s.token
        : runOf(now) !== undefined && runOf(now) === runOf(s));
    this.cancelTimer = this.ports.clock.at(
      deadline,
      () =>
        void this.serial(async () => {
          if (same(this.state)) await this.timeUp();
        }),
    );
  }
}

/** A mock exam's results per exam domain: [right, asked]; unanswered questions count as asked. */
function domainResults(
  answered: readonly { item: { domain?: number }; correct: boolean }[],
): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const a of answered) {
    if (!a.item.domain) continue;
    const pair = (out[String(a.item.domain)] ??= [0, 0]);
    pair[1]++;
    if (a.correct) pair[0]++;
  }
  return out;
}
