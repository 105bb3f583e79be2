import * as vscode from 'vscode';
import { searchConcepts, type Concept, type KnowledgeBase } from '../core';
import { Command } from './commands';
import type { KnowledgeService } from './knowledgeService';

interface ConceptPick extends vscode.QuickPickItem {
  readonly concept?: Concept;
}

const QUIZ_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('mortar-board'), tooltip: vscode.l10n.t('Quiz me on this concept') };
const SOURCE_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Open the note') };

/** "Look Up Concept": a QuickPick whose ranking is ours (the core's word-by-word search), kept as is (`alwaysShow`, no label sort). */
export class LookUp {
  constructor(private readonly knowledge: KnowledgeService) {}

  /** Shows the look-up; resolves with the accepted concept's id, or undefined. */
  async show(initial?: string): Promise<string | undefined> {
    const kb = await this.knowledge.get();
    const pick = vscode.window.createQuickPick<ConceptPick>();
    pick.placeholder = vscode.l10n.t('Look up a generative-AI concept: name, acronym or alias');
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    // Our ranking, not the QuickPick's own label sort (stable API since VS Code 1.86; ignored before).
    (pick as { sortByLabel?: boolean }).sortByLabel = false;
    const update = () => { pick.items = items(kb, pick.value); };
    pick.value = initial ?? selectionText() ?? '';
    update();
    return new Promise(resolve => {
      let accepted: string | undefined;
      pick.onDidChangeValue(update);
      pick.onDidTriggerItemButton(e => {
        if (e.item.concept) void vscode.commands.executeCommand(e.button === SOURCE_BUTTON ? Command.OpenSource : Command.QuizConcept, e.item.concept.id);
        pick.hide();
      });
      pick.onDidAccept(() => {
        accepted = pick.selectedItems[0]?.concept?.id;
        pick.hide();
      });
      pick.onDidHide(() => {
        pick.dispose();
        if (accepted) void vscode.commands.executeCommand(Command.OpenConcept, accepted);
        resolve(accepted);
      });
      pick.show();
    });
  }
}

/** The items for a query: ranked hits, or every concept grouped by topic for an empty query. */
export function items(kb: KnowledgeBase, query: string): ConceptPick[] {
  const toItem = (c: Concept): ConceptPick => ({
    label: c.title, concept: c, alwaysShow: true, buttons: [QUIZ_BUTTON, SOURCE_BUTTON],
    description: c.aliases.slice(0, 3).join(', '), detail: c.summary,
  });
  if (!query.trim()) {
    const out: ConceptPick[] = [];
    for (const root of kb.subtopics(undefined)) {
      out.push({ label: root.title, kind: vscode.QuickPickItemKind.Separator });
      out.push(...kb.conceptsUnder(root.id).map(toItem));
    }
    return out;
  }
  return searchConcepts(kb, query, 40).map(h => toItem(h.concept));
}

/** The editor's selection, or the word under the cursor, as a starting query. */
function selectionText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const sel = editor.selection;
  const text = sel.isEmpty
    ? editor.document.getText(editor.document.getWordRangeAtPosition(sel.active) ?? sel)
    : editor.document.getText(sel);
  const trimmed = text.trim();
  return trimmed && trimmed.length <= 80 && !trimmed.includes('\n') ? trimmed : undefined;
}
