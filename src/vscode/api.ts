import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../core';
import type { TopicNode } from './topicsTree';

/** What activate() returns: the live pieces, for other extensions and the integration tests. */
export interface StudyApi {
  readonly knowledgeBase: () => Promise<KnowledgeBase>;
  readonly topics: vscode.TreeDataProvider<TopicNode>;
  readonly topicsView: vscode.TreeView<TopicNode>;
  /** The look-up's items for a query, in the order shown. */
  readonly lookUpItems: (query: string) => Promise<readonly { label: string; conceptId?: string }[]>;
  /** The concept shown in the concept view, if it is open. */
  readonly openConceptId: () => string | undefined;
}
