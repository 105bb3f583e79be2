// The host side of one quiz webview: the quiz flow of the core, wired to the webview, the log and VS Code.
import { vscode } from '../shared/vscodeApi';
import { QuizFlow, type FlowView, type QuizScope } from '../../core';
import type { ToQuizWebview } from '../../protocol';
import { isFromQuizWebview } from '../../protocol';
import { Command } from '../shared/commands';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { ProgressStore } from '../progress/progressStore';
import type { Log } from '../shared/log';

export type { QuizScope };

/** Where a controller keeps its session between reloads (workspaceState, one key per view). */
export interface SessionMemory {
  get(): unknown;
  set(value: unknown): Thenable<void>;
}

/** The presenters' views are the protocol's messages: this fails to compile when the two drift apart. */
const asMessage = (view: FlowView): ToQuizWebview => view;

export class QuizController implements vscode.Disposable {
  private readonly flow: QuizFlow;
  private readonly posted = new vscode.EventEmitter<ToQuizWebview>();
  /** Every message sent to the webview, in order. */
  readonly onDidPost = this.posted.event;
  private readonly disposables: vscode.Disposable[] = [this.posted];

  constructor(
    webview: vscode.Webview,
    knowledge: KnowledgeService,
    progress: ProgressStore,
    private readonly log: Log,
    memory: SessionMemory,
    /** Runs a mock exam somewhere else (the sidebar hands it to the editor panel). */
    private readonly examElsewhere?: (scope: QuizScope) => Promise<unknown>,
  ) {
    this.flow = new QuizFlow({
      knowledge: () => knowledge.full(),
      poster: {
        post: async view => {
          const msg = asMessage(view);
          this.posted.fire(msg);
          await webview.postMessage(msg);
        },
      },
      memory: {
        get: () => memory.get(),
        set: async value => {
          await memory.set(value);
        },
      },
      progress: {
        get writable() {
          return progress.writable;
        },
        record: answer => progress.record(answer),
        recordExam: domains => progress.recordExam(domains),
        rerate: (receipt, rating) => progress.rerate(receipt as Parameters<ProgressStore['rerate']>[0], rating),
        dueItemIds: () => progress.dueItemIds(),
        dueCount: () => progress.dueCount(),
      },
      clock: {
        now: Date.now,
        at: (at, fn) => {
          const t = setTimeout(fn, clamp(at - Date.now()));
          return () => clearTimeout(t);
        },
      },
      random: Math.random,
      nothingDue: () =>
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Nothing is due for review. Here is a quick quiz instead.'),
        ),
    });
    this.disposables.push(webview.onDidReceiveMessage(m => this.handle(m)));
  }

  /** Starts a session (a mock exam from the sidebar goes to the editor panel). */
  start(scope?: QuizScope): Promise<void> {
    return this.elsewhere(scope) ?? this.guard('start', this.flow.start(scope));
  }

  /** Shows the unfinished session when no scope is given and there is one; otherwise starts anew. */
  resume(scope?: QuizScope): Promise<void> {
    return this.elsewhere(scope) ?? this.guard('resume', this.flow.resume(scope));
  }

  /** The handler of every message from the webview: anything malformed is logged and ignored. */
  handle(msg: unknown): Promise<void> {
    if (!isFromQuizWebview(msg)) {
      this.log.warn('Ignored a malformed message from the quiz', safeJson(msg));
      return Promise.resolve();
    }
    if (msg.type === 'openConcept')
      return this.guard(
        'openConcept',
        Promise.resolve(vscode.commands.executeCommand(Command.OpenConcept, msg.id)).then(() => undefined),
      );
    if (msg.type === 'start' && msg.mode === 'exam') {
      const handed = this.elsewhere({ exam: { count: msg.count, timed: msg.timed } });
      if (handed) return handed;
    }
    return this.guard(msg.type, this.flow.receive(msg));
  }

  private elsewhere(scope: QuizScope): Promise<void> | undefined {
    return scope && 'exam' in scope && this.examElsewhere ? this.examElsewhere(scope).then(() => undefined) : undefined;
  }

  private async guard(what: string, task: Promise<void>): Promise<void> {
    try {
      await task;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      this.log.error(`The quiz could not handle "${what}": ${text}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The quiz ran into a problem: {0}', text));
    }
  }

  dispose(): void {
    this.flow.dispose();
    this.disposables.forEach(d => d.dispose());
  }
}

const clamp = (ms: number) => Math.max(0, Math.min(ms, 2 ** 31 - 1));

function safeJson(v: unknown): string {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
