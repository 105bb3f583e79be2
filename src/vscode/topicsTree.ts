import * as vscode from 'vscode';
import type { Concept, KnowledgeBase, Topic } from '../core';
import { Command } from './commands';
import type { KnowledgeService } from './knowledgeService';

export type TopicNode = { readonly kind: 'topic'; readonly topic: Topic } | { readonly kind: 'concept'; readonly concept: Concept };

/** The Topics tree: topics → subtopics → concepts, mirrored from the notes' folders. */
export class TopicsTree implements vscode.TreeDataProvider<TopicNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private kb: KnowledgeBase | undefined;
  private readonly nodes = new Map<string, TopicNode>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly knowledge: KnowledgeService) {
    this.subscription = knowledge.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.kb = undefined;
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
      return item;
    }
    const c = element.concept;
    const item = new vscode.TreeItem(c.title, vscode.TreeItemCollapsibleState.None);
    item.id = 'concept:' + c.id;
    item.contextValue = 'concept';
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.command = { command: Command.OpenConcept, title: vscode.l10n.t('Open concept'), arguments: [c.id] };
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, element: TopicNode): vscode.TreeItem {
    if (element.kind === 'concept') {
      const c = element.concept;
      const md = new vscode.MarkdownString(`**${escape(c.title)}**${c.aliases.length ? ` (${c.aliases.slice(0, 4).map(escape).join(', ')})` : ''}\n\n${escape(c.summary)}`);
      item.tooltip = md;
    }
    return item;
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
    this.subscription.dispose();
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
