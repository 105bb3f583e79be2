import { vscode } from '../shared/vscodeApi';
import {
  dueCount,
  dueItems,
  emptyProgress,
  recordExam,
  exportProgress,
  importProgress,
  itemState,
  mastery,
  mergeProgress,
  readProgress,
  recordAnswer,
  rerateAnswer,
  type ItemState,
  type Mastery,
  type ProgressData,
  type SelfRating,
} from '../../core';
import type { Log } from '../shared/log';

const KEY = 'genaiStudy.progress';

/** One recorded answer, kept so that the learner's "I knew it / I guessed" can re-rate it. */
export interface Recorded {
  readonly itemId: string;
  readonly conceptId: string;
  readonly correct: boolean;
  readonly ms: number;
  readonly now: Date;
  readonly prior: ItemState | undefined;
}

/**
 * Quiz progress in globalState (synced across machines), written after every answer. A store it
 * cannot read is copied to a backup file and reported, never dropped silently; a store written by
 * a newer version of the extension is left untouched. Every change is applied to the value as
 * stored at that moment (which another window may have changed), so two windows answering at
 * once keep both answers.
 */
export class ProgressStore {
  private data: ProgressData | undefined;
  /** The stored value `data` was last read from or written as. */
  private raw: unknown;
  private readOnly = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: Log,
  ) {
    context.globalState.setKeysForSync([KEY]);
  }

  /** The progress, read on first use and again whenever the stored value changed (another window, sync). */
  get(): ProgressData {
    const raw = this.context.globalState.get<unknown>(KEY);
    if (this.data && raw === this.raw) return this.data;
    const first = !this.data;
    const result = readProgress(raw, new Date());
    this.raw = raw;
    this.data = result.data;
    if (result.newerVersion !== undefined) {
      if (!this.readOnly) {
        const why = vscode.l10n.t('Your quiz progress was saved by a newer version of GenAI Study Companion.');
        const what = vscode.l10n.t('Update the extension to keep recording answers; your progress is left as it is.');
        void vscode.window.showWarningMessage(`${why} ${what}`);
      }
      this.readOnly = true;
    } else if (result.problem && first) {
      void this.backUp(raw, result.problem);
    }
    return this.data;
  }

  /** Whether answers are being saved (not when the store belongs to a newer version). */
  get writable(): boolean {
    this.get();
    return !this.readOnly;
  }

  async record(answer: {
    itemId: string;
    conceptId: string;
    correct: boolean;
    ms: number;
    confusedWith?: string;
  }): Promise<Recorded> {
    const now = new Date();
    let prior: ItemState | undefined;
    await this.update(data => {
      prior = itemState(data, answer.itemId);
      return recordAnswer(data, { ...answer, now });
    });
    return { ...answer, now, prior };
  }

  /** Keeps a finished mock exam's results per exam domain, for the readiness estimate. */
  async recordExam(domains: Record<string, [number, number]>): Promise<void> {
    await this.update(data => recordExam(data, { at: new Date().toISOString(), domains }));
  }

  /** Rates a recorded answer again with the learner's own judgement. */
  async rerate(recorded: Recorded, override: SelfRating): Promise<void> {
    const { prior, ...answer } = recorded;
    await this.update(data => rerateAnswer(data, prior, answer, override));
  }

  /** Whether any answer was ever recorded. */
  hasAnswers(): boolean {
    for (const _ in this.get().items) return true;
    return false;
  }

  dueCount(now = new Date()): number {
    return dueCount(this.get(), now);
  }

  /** Ids of the items due now, most overdue first. */
  dueItemIds(now = new Date()): string[] {
    return dueItems(this.get(), now);
  }

  mastery(itemIds: readonly string[], now = new Date()): Mastery {
    return mastery(this.get(), itemIds, now);
  }

  /** The progress as an export file's text. */
  exportText(): string {
    return exportProgress(this.get());
  }

  /**
   * Merges an exported file into the progress; throws an Error with a readable message when the file cannot be
   * used.
   */
  async importText(text: string): Promise<{ items: number; added: number; warning?: string }> {
    const result = importProgress(text, new Date());
    const imported = result.data;
    if (!imported) throw new Error(result.error ?? vscode.l10n.t('The file is not a GenAI Study progress export.'));
    let added = 0;
    await this.update(data => {
      added = Object.keys(imported.items).filter(id => !itemState(data, id)).length;
      return mergeProgress(data, imported);
    }, true);
    return { items: Object.keys(imported.items).length, added, ...(result.warning ? { warning: result.warning } : {}) };
  }

  /** Clears the progress after backing it up; returns the backup file. */
  async reset(): Promise<vscode.Uri> {
    if (!this.writable) throw new Error(readOnlyMessage());
    const file = await this.backUpFile(this.get(), 'before-reset');
    await this.update(() => emptyProgress(), true);
    return file;
  }

  /**
   * Applies a change to the progress as stored right now, and stores the result. A read-only store
   * (from a newer version) is not changed: answers are then not recorded (the user was told), and
   * an import or reset fails with a message.
   */
  private async update(change: (data: ProgressData) => ProgressData, orFail = false): Promise<void> {
    const current = this.get();
    if (this.readOnly) {
      if (orFail) throw new Error(readOnlyMessage());
      return;
    }
    const next = change(current);
    this.data = next;
    this.raw = next;
    await this.context.globalState.update(KEY, next);
    this.raw = this.context.globalState.get<unknown>(KEY);
    this.changed.fire();
  }

  private async backUpFile(value: unknown, why: string): Promise<vscode.Uri> {
    const file = vscode.Uri.joinPath(
      this.context.globalStorageUri,
      `progress-${why}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    await vscode.workspace.fs.createDirectory(this.context.globalStorageUri);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(value, null, 2) ?? 'undefined'));
    return file;
  }

  private async backUp(raw: unknown, problem: string): Promise<void> {
    try {
      const file = await this.backUpFile(raw, 'backup');
      this.log.warn(
        `Quiz progress could not be read in full (${problem}); the original is backed up at ${file.toString()}`,
      );
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Part of your quiz progress could not be read ({0}). The original was backed up to {1}.',
          problem,
          file.fsPath || file.toString(),
        ),
      );
    } catch (e) {
      this.readOnly = true;
      this.log.error(`Quiz progress could not be read (${problem}) nor backed up: ${String(e)}`);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Your quiz progress could not be read ({0}) nor backed up, so it is left untouched.', problem),
      );
    }
  }
}

const readOnlyMessage = () =>
  vscode.l10n.t(
    'Your quiz progress is from a newer version of GenAI Study Companion, so it is left as it is. Update it first.',
  );
