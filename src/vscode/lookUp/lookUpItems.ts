import { vscode } from '../shared/vscodeApi';
import { lookUpConcepts, type Concept, type KnowledgeBase, type Sentence } from '../../core';

export interface ConceptPick extends vscode.QuickPickItem {
  readonly concept?: Concept;
}

export const QUIZ_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('mortar-board'),
  tooltip: vscode.l10n.t('Quiz me on this concept'),
};
export const SOURCE_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('go-to-file'),
  tooltip: vscode.l10n.t('Open the note'),
};

/**
 * The items for a query: the concepts found by name, then, under "In notes", the concepts whose
 * notes answer it, each with the sentence that matched and the words it matched; every concept
 * grouped by topic for an empty query.
 */
export function items(kb: KnowledgeBase, query: string): ConceptPick[] {
  const toItem = (c: Concept): ConceptPick => ({
    label: c.title,
    concept: c,
    alwaysShow: true,
    buttons: [QUIZ_BUTTON, SOURCE_BUTTON],
    description: c.aliases.slice(0, 3).join(', '),
    detail: c.summary,
  });
  if (!query.trim()) {
    const out: ConceptPick[] = [];
    for (const root of kb.subtopics(undefined)) {
      out.push({ label: root.title, kind: vscode.QuickPickItemKind.Separator });
      out.push(...kb.conceptsUnder(root.id).map(toItem));
    }
    return out;
  }
  const { names, notes } = lookUpConcepts(kb, query, 40);
  const out = names.map(h => toItem(h.concept));
  if (notes.length) out.push({ label: vscode.l10n.t('In notes'), kind: vscode.QuickPickItemKind.Separator });
  for (const h of notes) {
    out.push({
      label: h.concept.title,
      concept: h.concept,
      alwaysShow: true,
      buttons: [QUIZ_BUTTON, SOURCE_BUTTON],
      iconPath: new vscode.ThemeIcon('quote'),
      description: matchedWords(h.sentence),
      detail: h.sentence.text,
    });
  }
  return out;
}

/** The words a sentence matched, as the item's description: "temperature · random". */
function matchedWords(s: Sentence): string {
  const words = [...new Set(s.highlights.map(([a, b]) => s.text.slice(a, b).toLowerCase()))];
  return words.slice(0, 4).join(' · ');
}
