import { vscode } from '../shared/vscodeApi';
import { quizItems, type Concept, type KnowledgeBase, type Mastery, type Topic } from '../../core';
import { Command } from '../shared/commands';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { ProgressStore } from '../progress/progressStore';

export type TopicNode =
  { readonly kind: 'topic'; readonly topic: Topic } | { readonly kind: 'concept'; readonly concept: Concept };

/** Whether a command's argument is a node of the Topics tree (a context-menu command gets one). */
export function isTopicNode(arg: unknown): arg is TopicNode {
  const kind = typeof arg === 'object' && arg !== null ? (arg as TopicNode).kind : undefined;
  return kind === 'topic' || kind === 'concept';
}

/** The Topics tree: topics → subtopics → concepts, mirrored from the notes' folders. */
export class TopicsTree implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private kb: KnowledgeBase | undefined;
  private readonly nodes = new Map<string, TopicNode>();
  private readonly subscriptions: vscode.Disposable[];
  /** Quiz item ids per concept, for mastery. */
  private itemIds: Map<string, string[]> | undefined;

  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly progress: ProgressStore,
  ) {
    this.subscriptions = [
      knowledge.onDidChange(() => this.refresh()),
      // Answers change the descriptions only: the nodes (and so what is expanded) stay.
      progress.onDidChange(() => this.changed.fire(undefined)),
    ];
  }

  refresh(): void {
    this.kb = undefined;
    this.itemIds = undefined;
    this.nodes.clear();
    this.changed.fire(undefined);
  }

  async getChildren(element?: TopicNode): Promise<TopicNode[]> {
    const kb = (this.kb ??= await this.knowledge.get());
    if (element?.kind === 'concept') return [];
    const topicId = element?.topic.id;
    const topics = kb.subtopics(topicId).map(t => this.node('t:' + t.id, () => ({ kind: 'topic', topic: t })));
    const concepts = topicId === undefined ? [] : kb.conceptsIn(topicId).map(c => this.conceptNode(c));
    return [...topics, ...concepts];
  }

  getParent(element: TopicNode): TopicNode | undefined {
    const kb = this.kb;
    if (!kb) return undefined;
    const parentId = element.kind === 'concept' ? element.concept.topicId : element.topic.parentId;
    const parent = parentId === undefined ? undefined : kb.topic(parentId);
    return parent && this.node('t:' + parent.id, () => ({ kind: 'topic', topic: parent }));
  }

  /** The node for a concept id, for TreeView.reveal. */
  async conceptNodeById(id: string): Promise<TopicNode | undefined> {
    const kb = (this.kb ??= await this.knowledge.get());
    const c = kb.concept(id);
    return c && this.conceptNode(c);
  }

  getTreeItem(element: TopicNode): vscode.TreeItem {
    if (element.kind === 'topic') {
      const t = element.topic;
      const item = new vscode.TreeItem(t.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'topic:' + t.id;
      item.contextValue = 'topic';
      item.iconPath = new vscode.ThemeIcon(t.origin === 'user' ? 'notebook' : 'folder-library');
      if (t.summary) item.tooltip = t.summary;
      item.description = this.describe(this.masteryOf(this.kb?.conceptsUnder(t.id) ?? []), true);
      return item;
    }
    const c = element.concept;
    const item = new vscode.TreeItem(c.title, vscode.TreeItemCollapsibleState.None);
    item.id = 'concept:' + c.id;
    item.contextValue = 'concept';
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.command = { command: Command.OpenConcept, title: vscode.l10n.t('Open concept'), arguments: [c.id] };
    item.description = this.describe(this.masteryOf([c]), false);
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, element: TopicNode): vscode.TreeItem {
    if (element.kind === 'concept') {
      const c = element.concept;
      const aliases = c.aliases.length ? ` (${c.aliases.slice(0, 4).map(escape).join(', ')})` : '';
      const md = new vscode.MarkdownString(`**${escape(c.title)}**${aliases}\n\n${escape(c.summary)}`);
      const progress = progressLine(this.masteryOf([c]));
      if (progress) md.appendMarkdown(`\n\n${escape(progress)}`);
      item.tooltip = md;
    } else {
      const progress = progressLine(this.masteryOf(this.kb?.conceptsUnder(element.topic.id) ?? []));
      if (progress) item.tooltip = `${element.topic.summary ? element.topic.summary + '\n\n' : ''}${progress}`;
    }
    return item;
  }

  /** Mastery over the quiz items of some concepts. */
  private masteryOf(concepts: readonly Concept[]): Mastery | undefined {
    const kb = this.kb;
    // Before the first answer there is nothing to show, and no need to list the quiz items.
    if (!kb || !this.progress.hasAnswers()) return undefined;
    if (!this.itemIds) {
      this.itemIds = new Map();
      for (const i of quizItems(kb)) {
        const list = this.itemIds.get(i.conceptId);
        if (list) list.push(i.id);
        else this.itemIds.set(i.conceptId, [i.id]);
      }
    }
    return this.progress.mastery(concepts.flatMap(c => this.itemIds?.get(c.id) ?? []));
  }

  /** A short description: how much was answered right and what is due; nothing before the first answer. */
  private describe(m: Mastery | undefined, isTopic: boolean): string | undefined {
    if (!m || m.seen === 0) return undefined;
    const parts = [
      m.mastered === m.total ? '✓' : isTopic ? `${m.seen}/${m.total}` : `${Math.round(m.correctRate * 100)}%`,
    ];
    if (m.due > 0) parts.push(vscode.l10n.t('{0} due', m.due));
    return parts.join(' · ');
  }

  private conceptNode(c: Concept): TopicNode {
    return this.node('c:' + c.id, () => ({ kind: 'concept', concept: c }));
  }

  private node(key: string, make: () => TopicNode): TopicNode {
    let n = this.nodes.get(key);
    if (!n) this.nodes.set(key, (n = make()));
    return n;
  }

  dispose(): void {
    this.changed.dispose();
    this.subscriptions.forEach(d => d.dispose());
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/** The tooltip's line on progress, e.g. "Answered 3 of 4 questions · 75% right · 1 due · 0 mastered". */
function progressLine(m: Mastery | undefined): string | undefined {
  if (!m || m.seen === 0) return undefined;
  return vscode.l10n.t(
    'Answered {0} of {1} questions · {2}% right · {3} due for review · {4} mastered',
    m.seen,
    m.total,
    Math.round(m.correctRate * 100),
    m.due,
    m.mastered,
  );
}
