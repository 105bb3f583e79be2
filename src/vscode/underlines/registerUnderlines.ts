import { vscode } from '../shared/vscodeApi';
import { studyConceptIds, termIndexOf, termsIn, type Concept, type KnowledgeBase } from '../../core';
import type { Services } from '../shared/services';

/** genaiStudy.underline.terms: which known terms the visible editors underline. */
export type UnderlineMode = 'off' | 'all' | 'due';
const SETTING = 'genaiStudy.underline';
const DEBOUNCE_MS = 150;
/** Lines above and below the visible ones that are underlined too, so a short scroll shows them at once. */
const MARGIN = 30;

/**
 * "Study as you code": underlines the known terms of the visible editors with a subtle,
 * theme-aware decoration (a colour of its own, not a diagnostic): all of them, or only those whose
 * quiz questions are due or weak. Off by default; when off it loads and reads nothing.
 */
export function registerUnderlines(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const type = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '1px',
    borderColor: new vscode.ThemeColor('genaiStudy.termUnderline'),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;
  const mode = () => vscode.workspace.getConfiguration(SETTING).get<UnderlineMode>('terms', 'off');
  const update = async () => {
    const which = mode();
    const editors = vscode.window.visibleTextEditors;
    if (which !== 'all' && which !== 'due') {
      for (const e of editors) e.setDecorations(type, []);
      return;
    }
    const ticket = ++run;
    const kb = await services.knowledge.get();
    if (ticket !== run) return;
    const wanted = which === 'due' ? studyConceptIds(services.progress.get(), new Date()) : undefined;
    const keep = wanted && ((c: Concept) => wanted.has(c.id));
    for (const editor of editors) editor.setDecorations(type, underlines(editor, kb, services, keep));
  };
  const schedule = (ms = DEBOUNCE_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void update();
    }, ms);
  };
  const active = () => mode() !== 'off';
  return [
    type,
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeVisibleTextEditors(() => {
      if (active()) schedule(0);
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges(() => {
      if (active()) schedule();
    }),
    vscode.workspace.onDidChangeTextDocument(e => {
      if (active() && vscode.window.visibleTextEditors.some(v => v.document === e.document)) schedule();
    }),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(SETTING)) schedule(0);
    }),
    services.knowledge.onDidChange(() => {
      if (active()) schedule(0);
    }),
    services.progress.onDidChange(() => {
      if (mode() === 'due') schedule();
    }),
  ];
}

function underlines(
  editor: vscode.TextEditor,
  kb: KnowledgeBase,
  services: Services,
  keep?: (c: Concept) => boolean,
): vscode.Range[] {
  const doc = editor.document;
  const reading = services.readings.of(kb, doc);
  const index = termIndexOf(kb);
  const out: vscode.Range[] = [];
  for (const visible of editor.visibleRanges) {
    const from = Math.max(0, visible.start.line - MARGIN);
    const to = Math.min(doc.lineCount, visible.end.line + 1 + MARGIN);
    for (const t of termsIn(index, line => doc.lineAt(line).text, from, to, reading, keep))
      out.push(new vscode.Range(t.line, t.start, t.line, t.end));
  }
  return out;
}
