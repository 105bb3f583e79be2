import * as vscode from 'vscode';
import {
  EXAM_QUESTIONS, QuizSession, drawExam, examMinutes, examReport, quizItems, renderInline, renderMarkdown,
  type KnowledgeBase, type QuizItem,
} from '../core';
import type { FeedbackMessage, FromQuizWebview, QuestionView, QuizMode, ToQuizWebview } from '../protocol';
import { isFromQuizWebview } from '../protocolGuards';
import { Command } from './commands';
import type { KnowledgeService } from './knowledgeService';
import type { ProgressStore, Recorded } from './progressStore';

export type QuizScope =
  | { readonly conceptId: string }
  | { readonly topicId: string }
  /** The concepts a file mentions ("Quiz me on the terms in this file"). */
  | { readonly conceptIds: readonly string[] }
  | { readonly review: true }
  | { readonly exam: { readonly count: number; readonly timed: boolean } }
  | undefined;

/** Where a controller keeps its session between reloads (workspaceState, one key per view). */
export interface SessionMemory {
  get(): unknown;
  set(value: unknown): Thenable<void>;
}

const QUICK_COUNT = 10;
const REVIEW_COUNT = 20;

interface Run {
  readonly session: QuizSession;
  readonly mode: QuizMode;
  readonly deadline?: number;
}

/** The host side of one quiz webview (the sidebar view or the editor panel). */
export class QuizController implements vscode.Disposable {
  private run: Run | undefined;
  private restored = false;
  private token = '';
  /** Which run and position `token` belongs to: a new question gets a new token, a re-send keeps it. */
  private tokenOf: { run: Run; position: number } | undefined;
  private feedback: FeedbackMessage | undefined;
  private recorded: Recorded | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly posted = new vscode.EventEmitter<ToQuizWebview>();
  /** Every message sent to the webview, in order. */
  readonly onDidPost = this.posted.event;
  private readonly disposables: vscode.Disposable[] = [this.posted];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly webview: vscode.Webview,
    private readonly knowledge: KnowledgeService,
    private readonly progress: ProgressStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly memory: SessionMemory,
    /** Runs a mock exam somewhere else (the sidebar hands it to the editor panel). */
    private readonly examElsewhere?: (scope: QuizScope) => Promise<unknown>,
  ) {
    this.disposables.push(webview.onDidReceiveMessage(m => this.handle(m)));
  }

  /** Starts a session (a mock exam from the sidebar goes to the editor panel). */
  start(scope?: QuizScope): Promise<void> {
    return this.serial(() => this.begin(scope));
  }

  /** Shows the unfinished session when no scope is given and there is one; otherwise starts anew. */
  resume(scope?: QuizScope): Promise<void> {
    return this.serial(async () => {
      if (!scope) {
        const kb = await this.knowledge.get();
        if (!this.restored) this.restore(kb);
        if (this.run && !this.run.session.done) return this.show(kb);
      }
      return this.begin(scope);
    });
  }

  /** The handler of every message from the webview: anything malformed is logged and ignored. */
  handle(msg: unknown): Promise<void> {
    if (!isFromQuizWebview(msg)) {
      this.log.warn('Ignored a malformed message from the quiz', safeJson(msg));
      return Promise.resolve();
    }
    return this.serial(async () => {
      try {
        await this.receive(msg);
      } catch (e) {
        this.log.error(`The quiz could not handle "${msg.type}": ${e instanceof Error ? e.message : String(e)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The quiz ran into a problem: {0}', e instanceof Error ? e.message : String(e)));
      }
    });
  }

  /** Runs one task at a time, in arrival order, so messages never interleave. */
  private serial(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async begin(scope?: QuizScope): Promise<void> {
    const kb = await this.knowledge.get();
    const all = quizItems(kb);
    if (scope && 'exam' in scope) {
      if (this.examElsewhere) { await this.examElsewhere(scope); return; }
      const items = drawExam(all, scope.exam.count, i => rootOf(kb, i));
      const deadline = scope.exam.timed ? Date.now() + examMinutes(items.length) * 60_000 : undefined;
      return this.launch(kb, { session: new QuizSession(items), mode: 'exam', deadline });
    }
    if (scope && 'review' in scope) {
      // Review: the due items, most overdue first.
      const byId = new Map(all.map(i => [i.id, i]));
      const due = this.progress.dueItemIds().map(id => byId.get(id)).filter((i): i is QuizItem => !!i);
      if (due.length) return this.launch(kb, { session: new QuizSession(due.slice(0, REVIEW_COUNT)), mode: 'review' });
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing is due for review. Here is a quick quiz instead.'));
      scope = undefined;
    }
    return this.launch(kb, { session: new QuizSession(QuizSession.draw(scoped(kb, all, scope), QUICK_COUNT)), mode: 'quick' });
  }

  private async receive(msg: FromQuizWebview): Promise<void> {
    switch (msg.type) {
      case 'ready': return this.show(await this.knowledge.get());
      case 'start': return this.begin(msg.mode === 'exam' ? { exam: { count: msg.count, timed: msg.timed } } : msg.mode === 'review' ? { review: true } : undefined);
      case 'openConcept': { await vscode.commands.executeCommand(Command.OpenConcept, msg.id); return; }
      case 'next': {
        if (!this.run?.session.next()) return;
        await this.save();
        return this.show(await this.knowledge.get());
      }
      case 'finish': {
        if (this.run?.mode !== 'exam' || this.run.session.done) return;
        return this.finish();
      }
      case 'rate': {
        if (!this.feedback || !this.recorded || msg.token !== this.token || !this.feedback.canRate) return;
        await this.progress.rerate(this.recorded, msg.rating);
        return this.post((this.feedback = { ...this.feedback, rating: msg.rating }));
      }
      case 'answer': {
        const run = this.run;
        if (!run || msg.token !== this.token) return;
        if (run.deadline !== undefined && Date.now() > run.deadline) return this.finish();
        const result = run.session.answer(msg.answer, msg.ms);
        if (!result) return;
        // The session moves on (exam) or holds its feedback before anything is awaited, so a
        // webview that reloads meanwhile is shown the same state.
        const feedback: FeedbackMessage | undefined = run.mode === 'exam' ? undefined : {
          type: 'feedback', token: this.token, correct: result.correct, solution: result.solution.map(renderInline),
          explanationHtml: renderMarkdown(result.item.explanation), conceptId: result.item.conceptId,
          canRate: result.correct && this.progress.writable,
        };
        if (feedback) this.feedback = feedback; else run.session.next(); // no feedback until the end of an exam
        this.recorded = await this.progress.record({ itemId: result.item.id, conceptId: result.item.conceptId, correct: result.correct, ms: msg.ms });
        await this.save();
        return feedback ? this.post(this.feedback ?? feedback) : this.show(await this.knowledge.get());
      }
    }
  }

  private async launch(kb: KnowledgeBase, run: Run): Promise<void> {
    this.run = run;
    this.restored = true; // a new session replaces whatever was saved
    this.armTimer();
    await this.save();
    await this.show(kb);
  }

  /** Sends what the webview should show now: the current question (and its feedback), the summary, or the start screen. */
  private async show(kb: KnowledgeBase): Promise<void> {
    if (!this.restored) this.restore(kb);
    const run = this.run;
    if (run && !run.session.done && run.deadline !== undefined && Date.now() > run.deadline) return this.finish();
    const cur = run?.session.current();
    if (!run || (!cur && !run.session.done)) {
      const items = quizItems(kb).length;
      return this.post({ type: 'idle', due: this.progress.dueCount(), items, examDefault: Math.min(EXAM_QUESTIONS, items) });
    }
    if (!cur) return this.sendSummary(kb, run);
    if (run.session.answeredCurrent && this.feedback && this.tokenOf?.run === run && this.tokenOf.position === run.session.position) {
      await this.sendQuestion(kb, run);
      return this.post(this.feedback);
    }
    if (run.session.answeredCurrent) { // answered before a reload: move on
      run.session.next();
      await this.save();
      return this.show(kb);
    }
    return this.sendQuestion(kb, run);
  }

  private async sendQuestion(kb: KnowledgeBase, run: Run) {
    const cur = run.session.current();
    if (!cur) return;
    if (this.tokenOf?.run !== run || this.tokenOf.position !== run.session.position) {
      this.tokenOf = { run, position: run.session.position };
      this.token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${run.session.position}`;
      this.feedback = undefined;
      this.recorded = undefined;
    }
    const p = cur.presentation;
    const view: QuestionView = p.type === 'ordering' ? { type: 'ordering', items: p.items.map(renderInline) }
      : p.type === 'matching' ? { type: 'matching', left: p.left.map(renderInline), right: p.right.map(renderInline) }
      : { type: p.type, choices: p.choices.map(renderInline), pick: p.pick };
    await this.post({
      type: 'question', token: this.token, mode: run.mode, ...(run.deadline !== undefined ? { deadline: run.deadline } : {}),
      index: run.session.position, total: run.session.total,
      conceptTitle: kb.concept(cur.item.conceptId)?.title ?? '', html: renderMarkdown(cur.item.question), view,
    });
  }

  private async sendSummary(kb: KnowledgeBase, run: Run) {
    const report = examReport(kb, run.session.results);
    await this.post({
      type: 'summary', mode: run.mode, correct: report.correct, total: report.total, skipped: report.skipped,
      byTopic: report.byTopic, byDomain: run.mode === 'exam' ? report.byDomain : [],
      wrong: report.wrong.map(r => ({
        html: renderMarkdown(r.item.question), conceptId: r.item.conceptId, conceptTitle: kb.concept(r.item.conceptId)?.title ?? '',
        given: r.given.map(renderInline), solution: r.solution.map(renderInline), explanationHtml: renderMarkdown(r.item.explanation),
      })),
    });
  }

  /** Ends the run now (a mock exam's timer, or the learner finishing early) and shows the score. */
  private async finish(): Promise<void> {
    const run = this.run;
    if (!run) return;
    this.clearTimer();
    run.session.finish();
    await this.save();
    await this.sendSummary(await this.knowledge.get(), run);
  }

  private restore(kb: KnowledgeBase) {
    this.restored = true;
    const saved = this.memory.get() as { mode?: unknown; deadline?: unknown; session?: unknown } | undefined;
    if (!saved || typeof saved !== 'object') return;
    const mode = saved.mode === 'quick' || saved.mode === 'review' || saved.mode === 'exam' ? saved.mode : undefined;
    const byId = new Map(quizItems(kb).map(i => [i.id, i]));
    const session = mode && QuizSession.restore(saved.session, id => byId.get(id));
    if (!session) { void this.memory.set(undefined); return; }
    this.run = { session, mode, ...(typeof saved.deadline === 'number' && Number.isFinite(saved.deadline) ? { deadline: saved.deadline } : {}) };
    this.armTimer();
  }

  private async save(): Promise<void> {
    const run = this.run;
    await this.memory.set(run && { mode: run.mode, ...(run.deadline !== undefined ? { deadline: run.deadline } : {}), session: run.session.snapshot() });
  }

  private armTimer() {
    this.clearTimer();
    const run = this.run;
    if (run?.deadline === undefined || run.session.done) return;
    this.timer = setTimeout(() => { void this.serial(async () => { if (this.run === run && !run.session.done) await this.finish(); }); }, Math.max(0, Math.min(run.deadline - Date.now(), 2 ** 31 - 1)));
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async post(msg: ToQuizWebview): Promise<void> {
    this.posted.fire(msg);
    await this.webview.postMessage(msg);
  }

  dispose(): void {
    this.clearTimer();
    this.disposables.forEach(d => d.dispose());
  }
}

function rootOf(kb: KnowledgeBase, item: QuizItem): string {
  const c = kb.concept(item.conceptId);
  return (c && kb.rootTopicOf(c)?.id) ?? '';
}

function scoped(kb: KnowledgeBase, items: readonly QuizItem[], scope: QuizScope): QuizItem[] {
  if (!scope || 'review' in scope || 'exam' in scope) return [...items];
  const ids = new Set('conceptId' in scope ? [scope.conceptId] : 'conceptIds' in scope ? scope.conceptIds : kb.conceptsUnder(scope.topicId).map(c => c.id));
  return items.filter(i => ids.has(i.conceptId));
}

function safeJson(v: unknown): string {
  try { return (JSON.stringify(v) ?? String(v)).slice(0, 200); } catch { return Object.prototype.toString.call(v); }
}
