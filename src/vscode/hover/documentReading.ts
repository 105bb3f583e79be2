import { vscode } from '../shared/vscodeApi';
import { readingOf, termIndexOf, type KnowledgeBase, type Reading } from '../../core';

/**
 * How each open document reads (a GenAI file or not), found once per version of the document and
 * knowledge base and shared by hovers, underlines, "In this file" and the quiz code action.
 */
export class DocumentReadings {
  private readonly cache = new WeakMap<vscode.TextDocument, { version: number; kb: KnowledgeBase; reading: Reading }>();

  of(kb: KnowledgeBase, document: vscode.TextDocument): Reading {
    const known = this.cache.get(document);
    if (known && known.version === document.version && known.kb === kb) return known.reading;
    const reading = readingOf(termIndexOf(kb), document.getText());
    this.cache.set(document, { version: document.version, kb, reading });
    return reading;
  }
}
