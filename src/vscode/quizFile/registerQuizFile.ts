import { vscode } from '../shared/vscodeApi';
import { mentionsIn, termIndexOf } from '../../core';
import { Command } from '../shared/commands';
import { TEXT_SCHEMES } from '../hover/registerHover';
import type { Services } from '../shared/services';

const KIND = vscode.CodeActionKind.Empty.append('genaiStudy.quizFile');

/**
 * "Quiz me on the terms in this file": a light-bulb action on a known term (once the notes have
 * loaded with the first hover or command), an entry of the
 * editor's context menu, and a command, all starting a quiz over the concepts the file mentions.
 */
export function registerQuizFile(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const quizFile = async (arg?: unknown) => {
    const doc =
      arg instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(arg)
        : vscode.window.activeTextEditor?.document;
    if (!doc) return undefined;
    const kb = await services.knowledge.get();
    const lines = Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i).text);
    const ids = mentionsIn(termIndexOf(kb), lines, services.readings.of(kb, doc)).map(m => m.concept.id);
    if (!ids.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This file mentions no GenAI term that the notes know.'));
      return undefined;
    }
    return services.startQuiz({ conceptIds: ids });
  };
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range) {
      // Asked on every cursor move: it uses the notes once a hover or command has loaded them.
      const kb = services.knowledge.peek();
      if (!kb) return [];
      const line = document.lineAt(range.start.line).text;
      if (!termIndexOf(kb).findAt(line, range.start.character, services.readings.of(kb, document))) return [];
      const action = new vscode.CodeAction(vscode.l10n.t('Quiz me on the terms in this file'), KIND);
      action.command = { command: Command.QuizFile, title: action.title, arguments: [document.uri] };
      return [action];
    },
  };
  return [
    vscode.commands.registerCommand(Command.QuizFile, quizFile),
    vscode.languages.registerCodeActionsProvider(TEXT_SCHEMES, provider, { providedCodeActionKinds: [KIND] }),
  ];
}
