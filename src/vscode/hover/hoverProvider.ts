import { vscode } from '../shared/vscodeApi';
import { termIndexOf, type Concept } from '../../core';
import { Command } from '../shared/commands';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { DocumentReadings } from './documentReading';

/** Hover definitions for GenAI terms in any file, read with the file's context (the core's hoverAt). */
export class TermHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly readings: DocumentReadings,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const config = vscode.workspace.getConfiguration('genaiStudy.hover', document);
    if (!config.get<boolean>('enabled', true)) return undefined;
    if (config.get<string[]>('excludedLanguages', []).includes(document.languageId)) return undefined;
    const kb = await this.knowledge.get();
    const line = document.lineAt(position.line).text;
    const match = termIndexOf(kb).findAt(line, position.character, this.readings.of(kb, document));
    if (!match) return undefined;
    const range = new vscode.Range(position.line, match.start, position.line, match.end);
    return new vscode.Hover(match.concepts.map(renderConcept), range);
  }
}

export const HOVER_COMMANDS = [Command.OpenConcept, Command.LookUp, Command.QuizConcept];

function renderConcept(c: Concept): vscode.MarkdownString {
  const link = (command: Command, label: string, arg: string) =>
    `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([arg]))})`;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.appendMarkdown(`**${escape(c.title)}**`);
  if (c.topicPath.length) md.appendMarkdown(` · _${c.topicPath.map(escape).join(' › ')}_`);
  md.appendMarkdown(`\n\n${escape(c.summary)}\n\n`);
  md.appendMarkdown(
    [
      link(Command.OpenConcept, '$(book) ' + vscode.l10n.t('Open'), c.id),
      link(Command.LookUp, '$(search) ' + vscode.l10n.t('Look up'), c.title),
      link(Command.QuizConcept, '$(mortar-board) ' + vscode.l10n.t('Quiz me'), c.id),
    ].join(' · '),
  );
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|]/g, '\\$&');
}
