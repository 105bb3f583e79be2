import { vscode } from '../shared/vscodeApi';
import {
  mergeKnowledge,
  readNoteTree,
  type FileAccess,
  type KnowledgeBase,
  type KnowledgeData,
  type NoteFile,
} from '../../core';
import type { NotesKit } from '../../core/kit';
import { loadNotesKit, readBundledNotes } from './notesKit';

/**
 * Loads the knowledge base once, on first use: the compiled bundled notes (dist/notes.json and
 * notes-text.zst, read with workspace.fs so it also works on the web) plus the folders of
 * genaiStudy.notes.folders, parsed by the notes kit. Reloads when those folders or the setting
 * change, and publishes note problems as diagnostics. `full()` also loads the kit's markdown
 * renderer, which views and quizzes need and hovers do not.
 */
export class KnowledgeService implements vscode.Disposable {
  private current: Promise<KnowledgeBase> | undefined;
  private latest: KnowledgeBase | undefined;
  private bundled: Promise<KnowledgeData> | undefined;
  private notesKit: Promise<NotesKit> | undefined;
  private readonly changed = new vscode.EventEmitter<KnowledgeBase>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('genaiStudy');
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.subscriptions.push(
      this.changed,
      this.diagnostics,
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('genaiStudy.notes.folders')) this.reload();
      }),
    );
  }

  get(): Promise<KnowledgeBase> {
    return (this.current ??= this.load());
  }

  /** The knowledge base, with the markdown renderer installed: for what shows notes or quiz items. */
  async full(): Promise<KnowledgeBase> {
    return (await Promise.all([this.get(), this.kit()]))[0];
  }

  private kit(): Promise<NotesKit> {
    return (this.notesKit ??= loadNotesKit(this.extensionUri));
  }

  /** The knowledge base if it has loaded already; never starts a load (for what runs on every cursor move). */
  peek(): KnowledgeBase | undefined {
    return this.latest;
  }

  reload(): void {
    if (!this.current) return;
    this.current = this.load();
    void this.current.then(kb => this.changed.fire(kb));
  }

  private async load(): Promise<KnowledgeBase> {
    this.bundled ??= readBundledNotes(this.extensionUri);
    const folders = this.userFolders();
    this.watch(folders);
    // Without the kit (a damaged install) the bundled notes still load; the user's notes wait for a reload.
    const kit = folders.length ? await this.kit().catch(kitUnavailable) : undefined;
    const parts = await Promise.all(
      (kit ? folders : []).map(async (uri, i) =>
        kit!.parseNotes(await readFolder(uri), {
          origin: 'user',
          rootId: `user${i}`,
          rootTitle: vscode.l10n.t('My notes: {0}', basename(uri)),
          fileLabel: (p: string) => vscode.Uri.joinPath(uri, p).toString(),
        }),
      ),
    );
    const kb = mergeKnowledge([await this.bundled, ...parts]);
    this.publish(kb);
    this.latest = kb;
    return kb;
  }

  private userFolders(): vscode.Uri[] {
    const paths = vscode.workspace.getConfiguration('genaiStudy').get<string[]>('notes.folders', []);
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    return paths
      .filter(p => typeof p === 'string' && p.trim())
      .map(p => {
        if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) return vscode.Uri.parse(p);
        if (p.startsWith('/') || /^[a-z]:[\\/]/i.test(p) || !base) return vscode.Uri.file(p);
        return vscode.Uri.joinPath(base, p);
      });
  }

  private watch(folders: readonly vscode.Uri[]) {
    this.watchers.forEach(w => w.dispose());
    this.watchers = folders.map(uri => {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(uri, '**/*.md'));
      const again = () => this.reload();
      return vscode.Disposable.from(w, w.onDidChange(again), w.onDidCreate(again), w.onDidDelete(again));
    });
  }

  private publish(kb: KnowledgeBase) {
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of kb.problems) {
      if (!/^[a-z][a-z0-9+.-]+:/i.test(p.file)) continue; // bundled notes: checked at build time
      const d = new vscode.Diagnostic(
        new vscode.Range(p.line - 1, 0, p.line - 1, 1000),
        p.message,
        p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'GenAI Study';
      const list = byFile.get(p.file) ?? [];
      list.push(d);
      byFile.set(p.file, list);
    }
    for (const [file, list] of byFile) this.diagnostics.set(vscode.Uri.parse(file), list);
  }

  dispose(): void {
    this.watchers.forEach(w => w.dispose());
    this.subscriptions.forEach(s => s.dispose());
  }
}

function kitUnavailable(e: unknown): undefined {
  void vscode.window.showWarningMessage(
    vscode.l10n.t('GenAI Study could not load its notes parser, so your own notes are not shown: {0}', String(e)),
  );
  return undefined;
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').filter(Boolean).pop() ?? uri.path;
}

/** workspace.fs for the note walk, so user notes load from any file system, on the desktop and the web. */
const workspaceFiles: FileAccess<vscode.Uri> = {
  readDirectory: async dir =>
    (await vscode.workspace.fs.readDirectory(dir)).map(
      ([name, type]) =>
        [
          name,
          type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : 'other',
        ] as const,
    ),
  stat: file => Promise.resolve(vscode.workspace.fs.stat(file)),
  readText: async file => new TextDecoder().decode(await vscode.workspace.fs.readFile(file)),
  join: (dir, name) => vscode.Uri.joinPath(dir, name),
};

function readFolder(root: vscode.Uri): Promise<NoteFile[]> {
  return readNoteTree(root, workspaceFiles);
}
