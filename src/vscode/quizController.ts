import * as vscode from 'vscode';
import { QuizSession, quizItems, renderInline, renderMarkdown, type KnowledgeBase, type QuizItem } from '../core';
import type { QuestionView, ToQuizWebview } from '../protocol';
import { isFromQuizWebview } from '../protocolGuards';
import { Command } from './commands';
import type { KnowledgeService } from './knowledgeService';
import type { ProgressStore } from './progressStore';

export type QuizScope = { readonly conceptId: string } | { readonly topicId: string } | { readonly review: true } | undefined;

const QUICK_COUNT = 10;
const REVIEW_COUNT = 20;

/** The host side of one quiz webview (the sidebar view or the editor panel). */
export class QuizController implements vscode.Disposable {
  private session: QuizSession | undefined;
  private token = '';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly webview: vscode.Webview,
    private readonly knowledge: KnowledgeService,
    private readonly progress: ProgressStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(webview.onDidReceiveMessage(m => this.receive(m)));
  }

  async start(scope?: QuizScope): Promise<void> {
    const kb = await this.knowledge.get();
    if (scope && 'review' in scope) {
      // Review: the due items, most overdue first.
      const byId = new Map(quizItems(kb).map(i => [i.id, i]));
      const due = this.progress.dueItemIds().map(id => byId.get(id)).filter((i): i is QuizItem => !!i);
      if (due.length) {
        this.session = new QuizSession(due.slice(0, REVIEW_COUNT));
        return this.sendQuestion(kb);
      }
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing is due for review. Here is a quick quiz instead.'));
      scope = undefined;
    }
    const pool = scoped(kb, quizItems(kb), scope);
    this.session = new QuizSession(QuizSession.draw(pool, QUICK_COUNT));
    await this.sendQuestion(kb);
  }

  private async receive(msg: unknown): Promise<void> {
    if (!isFromQuizWebview(msg)) {
      this.log.warn('Ignored a malformed message from the quiz', JSON.stringify(msg)?.slice(0, 200));
      return;
    }
    switch (msg.type) {
      case 'ready':
        return this.sendQuestion(await this.knowledge.get());
      case 'start': return this.start(msg.mode === 'review' ? { review: true } : undefined);
      case 'openConcept': { await vscode.commands.executeCommand(Command.OpenConcept, msg.id); return; }
      case 'next': {
        if (!this.session?.next()) return;
        return this.session.done ? this.sendSummary(await this.knowledge.get()) : this.sendQuestion(await this.knowledge.get());
      }
      case 'answer': {
        if (!this.session || msg.token !== this.token) return;
        const result = this.session.answer(msg.answer, msg.ms);
        if (!result) return;
        await this.progress.record({ itemId: result.item.id, conceptId: result.item.conceptId, correct: result.correct, ms: msg.ms });
        await this.post({
          type: 'feedback', token: this.token, correct: result.correct, solution: result.solution,
          explanationHtml: renderMarkdown(result.item.explanation), conceptId: result.item.conceptId,
        });
      }
    }
  }

  private async sendQuestion(kb: KnowledgeBase) {
    const cur = this.session?.current();
    if (!this.session || !cur || this.session.done) return this.post({ type: 'idle', due: this.progress.dueCount(), items: quizItems(kb).length });
    this.token = `${Date.now().toString(36)}-${this.session.position}`;
    const p = cur.presentation;
    const view: QuestionView = p.type === 'ordering' ? { type: 'ordering', items: p.items.map(renderInline) }
      : p.type === 'matching' ? { type: 'matching', left: p.left.map(renderInline), right: p.right.map(renderInline) }
      : { type: p.type, choices: p.choices.map(renderInline), pick: p.pick };
    await this.post({
      type: 'question', token: this.token, index: this.session.position, total: this.session.total,
      conceptTitle: kb.concept(cur.item.conceptId)?.title ?? '', html: renderMarkdown(cur.item.question), view,
    });
  }

  private async sendSummary(kb: KnowledgeBase) {
    const results = this.session?.results ?? [];
    const byTopic = new Map<string, { correct: number; total: number }>();
    for (const r of results) {
      const c = kb.concept(r.item.conceptId);
      const topic = (c && kb.rootTopicOf(c)?.title) ?? '';
      const t = byTopic.get(topic) ?? { correct: 0, total: 0 };
      byTopic.set(topic, { correct: t.correct + (r.correct ? 1 : 0), total: t.total + 1 });
    }
    await this.post({
      type: 'summary', correct: results.filter(r => r.correct).length, total: results.length,
      byTopic: [...byTopic].map(([topic, v]) => ({ topic, ...v })),
    });
  }

  private async post(msg: ToQuizWebview): Promise<void> {
    await this.webview.postMessage(msg);
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}

function scoped(kb: KnowledgeBase, items: readonly QuizItem[], scope: QuizScope): QuizItem[] {
  if (!scope || 'review' in scope) return [...items];
  const ids = new Set('conceptId' in scope ? [scope.conceptId] : kb.conceptsUnder(scope.topicId).map(c => c.id));
  return items.filter(i => ids.has(i.conceptId));
}
