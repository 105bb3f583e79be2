import { vscode } from '../shared/vscodeApi';
import { EXAM_QUESTIONS, examMinutes, quizItems } from '../../core';
import type { KnowledgeService } from '../knowledge/knowledgeService';
import type { ProgressStore } from './progressStore';
import type { QuizScope } from '../quiz/quizController';
import type { Log } from '../shared/log';

const FILTERS = { [vscode.l10n.t('GenAI Study progress')]: ['json'] };

/** Export, import and reset of the quiz progress, each with a clear message and no silent loss. */
export class ProgressCommands {
  constructor(
    private readonly progress: ProgressStore,
    private readonly log: Log,
  ) {}

  async export(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        filters: FILTERS,
        defaultUri: defaultFile(),
        title: vscode.l10n.t('Export Quiz Progress'),
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(this.progress.exportText()));
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Quiz progress exported to {0}.', uri.fsPath || uri.toString()),
    );
    return uri;
  }

  async import(source?: vscode.Uri): Promise<boolean> {
    const uri =
      source ??
      (
        await vscode.window.showOpenDialog({
          filters: FILTERS,
          canSelectMany: false,
          title: vscode.l10n.t('Import Quiz Progress'),
        })
      )?.[0];
    if (!uri) return false;
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const { items, added, warning } = await this.progress.importText(text);
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Imported progress on {0} questions ({1} new to this machine), merged with what was here.',
          items,
          added,
        ),
      );
      if (warning) void vscode.window.showWarningMessage(warning);
      return true;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.log.warn(`Import of ${uri.toString()} failed: ${why}`);
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Nothing was imported from {0}: {1} Your progress is unchanged.',
          uri.fsPath || uri.toString(),
          why,
        ),
      );
      return false;
    }
  }

  async reset(confirmed = false): Promise<boolean> {
    const reset = vscode.l10n.t('Reset Progress');
    if (!confirmed) {
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('Reset all quiz progress? Every answer and review schedule is cleared. A backup file is kept.'),
        { modal: true },
        reset,
      );
      if (choice !== reset) return false;
    }
    try {
      const backup = await this.progress.reset();
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Quiz progress was reset. The previous progress is saved in {0}; import it to bring it back.',
          backup.fsPath || backup.toString(),
        ),
      );
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Quiz progress was not reset: {0}', e instanceof Error ? e.message : String(e)),
      );
      return false;
    }
  }
}

/** Asks for a mock exam's length and timer; undefined when the user cancels. */
export async function askExam(knowledge: KnowledgeService): Promise<QuizScope> {
  const max = quizItems(await knowledge.get()).length;
  const answer = await vscode.window.showInputBox({
    title: vscode.l10n.t('Mock Exam'),
    prompt: vscode.l10n.t('How many questions? The real exam has 65; this one can have 1 to {0}.', max),
    value: String(Math.min(EXAM_QUESTIONS, max)),
    validateInput: v =>
      /^\s*\d+\s*$/.test(v) && Number(v) >= 1 && Number(v) <= max
        ? undefined
        : vscode.l10n.t('Enter a whole number from 1 to {0}.', max),
  });
  if (answer === undefined) return undefined;
  const count = Number(answer);
  const timed = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Timed: {0} minutes', examMinutes(count)),
        detail: vscode.l10n.t(
          "The real exam's pace: 90 minutes for 65 questions. Unanswered questions count as wrong.",
        ),
        timed: true,
      },
      { label: vscode.l10n.t('No timer'), timed: false },
    ],
    { title: vscode.l10n.t('Mock Exam: {0} questions', count) },
  );
  return timed && { exam: { count, timed: timed.timed } };
}

function defaultFile(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, `genai-study-progress-${new Date().toISOString().slice(0, 10)}.json`);
}
