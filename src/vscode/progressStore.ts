import * as vscode from 'vscode';
import { dueCount, dueItems, readProgress, recordAnswer, type ProgressData } from '../core';

const KEY = 'genaiStudy.progress';

/**
 * Quiz progress in globalState (synced across machines), written after every answer. A store it
 * cannot read is copied to a backup file and reported, never dropped silently; a store written by
 * a newer version of the extension is left untouched.
 */
export class ProgressStore {
  private data: ProgressData | undefined;
  private readOnly = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel) {
    context.globalState.setKeysForSync([KEY]);
  }

  /** The progress, read (and if need be repaired) on first use. */
  get(): ProgressData {
    if (this.data) return this.data;
    const raw = this.context.globalState.get<unknown>(KEY);
    const result = readProgress(raw, new Date());
    this.data = result.data;
    if (result.newerVersion !== undefined) {
      this.readOnly = true;
      void vscode.window.showWarningMessage(vscode.l10n.t('Your quiz progress was saved by a newer version of GenAI Study Companion. Update the extension to keep recording answers; your progress is left as it is.'));
    } else if (result.problem) {
      void this.backUp(raw, result.problem);
    }
    return this.data;
  }

  async record(answer: { itemId: string; conceptId: string; correct: boolean; ms: number }): Promise<void> {
    this.data = recordAnswer(this.get(), { ...answer, now: new Date() });
    this.changed.fire();
    if (!this.readOnly) await this.context.globalState.update(KEY, this.data);
  }

  dueCount(now = new Date()): number {
    return dueCount(this.get(), now);
  }

  /** Ids of the items due now, most overdue first. */
  dueItemIds(now = new Date()): string[] {
    return dueItems(this.get(), now);
  }

  private async backUp(raw: unknown, problem: string): Promise<void> {
    const file = vscode.Uri.joinPath(this.context.globalStorageUri, `progress-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    try {
      await vscode.workspace.fs.createDirectory(this.context.globalStorageUri);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(raw, null, 2) ?? 'undefined'));
      this.log.warn(`Quiz progress could not be read in full (${problem}); the original is backed up at ${file.toString()}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Part of your quiz progress could not be read ({0}). The original was backed up to {1}.', problem, file.fsPath || file.toString()));
    } catch (e) {
      this.readOnly = true;
      this.log.error(`Quiz progress could not be read (${problem}) nor backed up: ${String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Your quiz progress could not be read ({0}) nor backed up, so it is left untouched.', problem));
    }
  }
}
