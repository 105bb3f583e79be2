import { prepareLookUp, type KnowledgeBase } from '../../core';
import { vscode } from '../shared/vscodeApi';
import { Command } from '../shared/commands';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import { SOURCE_BUTTON, items, type ConceptPick } from './lookUpItems';

/**
 * "Look Up Concept": a QuickPick whose ranking is ours (the core's name search, then the notes
 * search for descriptions and questions), kept as is (`alwaysShow`, no label sort).
 */
export class LookUp {
  constructor(private readonly knowledge: KnowledgeService) {}

  /** Shows the look-up; resolves with the accepted concept's id, or undefined. */
  async show(initial?: string): Promise<string | undefined> {
    const kb = await this.knowledge.get();
    const pick = vscode.window.createQuickPick<ConceptPick>();
    pick.placeholder = vscode.l10n.t('Look up a generative-AI concept: a name, an acronym, or a question');
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    // Our ranking, not the QuickPick's own label sort (stable API since VS Code 1.86; ignored before).
    (pick as { sortByLabel?: boolean }).sortByLabel = false;
    const update = () => {
      pick.items = items(kb, pick.value);
    };
    pick.value = initial ?? selectionText() ?? '';
    update();
    return new Promise(resolve => {
      let accepted: string | undefined;
      pick.onDidChangeValue(update);
      pick.onDidTriggerItemButton(e => {
        const command = e.button === SOURCE_BUTTON ? Command.OpenSource : Command.QuizConcept;
        if (e.item.concept) void vscode.commands.executeCommand(command, e.item.concept.id);
        pick.hide();
      });
      pick.onDidAccept(() => {
        accepted = pick.selectedItems[0]?.concept?.id;
        pick.hide();
      });
      const stopPreparing = prepareWhileIdle(kb);
      pick.onDidHide(() => {
        stopPreparing();
        pick.dispose();
        if (accepted) void vscode.commands.executeCommand(Command.OpenConcept, accepted);
        resolve(accepted);
      });
      pick.show();
    });
  }
}

/** Notes whose words are read per idle moment: a few milliseconds' work, so that typing stays fluid. */
const NOTES_PER_STEP = 100;

/**
 * Makes the look-up's indexes a step at a time while the look-up is open and the host is idle,
 * so that the first question finds them made. Returns a function that stops it.
 */
function prepareWhileIdle(kb: KnowledgeBase): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    timer = prepareLookUp(kb, NOTES_PER_STEP) ? undefined : setTimeout(step, 0);
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
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
