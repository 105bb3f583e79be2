import type * as vscode from 'vscode';

const KEY = 'genaiStudy.progress';
const VERSION = 1;

export interface ItemProgress {
  readonly seen: number;
  readonly correct: number;
  readonly last: number;
}

interface Stored {
  readonly version: number;
  readonly items: Record<string, ItemProgress>;
}

/** Quiz progress in globalState, synced across machines, written after every answer. */
export class ProgressStore {
  constructor(private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    state.setKeysForSync([KEY]);
  }

  all(): Readonly<Record<string, ItemProgress>> {
    const raw = this.state.get<Stored>(KEY);
    return raw && raw.version === VERSION && typeof raw.items === 'object' && raw.items ? raw.items : {};
  }

  async record(itemId: string, correct: boolean, now = Date.now()): Promise<void> {
    const items = { ...this.all() };
    const prior = items[itemId] ?? { seen: 0, correct: 0, last: 0 };
    items[itemId] = { seen: prior.seen + 1, correct: prior.correct + (correct ? 1 : 0), last: now };
    await this.state.update(KEY, { version: VERSION, items } satisfies Stored);
  }
}
