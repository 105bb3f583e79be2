// Benchmarks that need the real extension host: activation, the whole Topics tree, the first
// hover and opening the concept view. Run by test/bench/run.mjs; prints one "BENCH {json}" line.
import * as vscode from 'vscode';
import type { StudyApi } from '../../src/vscode/shared/api';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<StudyApi>('genai-study.genai-study');
  if (!ext) throw new Error('extension not installed');
  const baseline = vscode.extensions.getExtension('genai-study.bench-baseline');
  const wasActive = ext.isActive || !baseline || baseline.isActive;
  const timed = async <T>(f: () => Thenable<T>): Promise<[T, number]> => {
    const start = performance.now();
    const value = await f();
    return [value, performance.now() - start];
  };
  // The empty extension goes first in about half the windows, so neither pays the host's first-time costs.
  const baselineFirst = Math.random() < 0.5;
  let baselineMs = NaN;
  if (baselineFirst) baselineMs = (await timed(() => baseline!.activate()))[1];
  const [api, loadActivateMs] = await timed(() => ext.activate());
  if (!baselineFirst) baselineMs = (await timed(() => baseline!.activate()))[1];
  const ours = phases('genai-study.genai-study');
  const empty = phases('genai-study.bench-baseline');
  let t: number;

  t = performance.now();
  await api.knowledgeBase();
  const knowledgeLoadMs = performance.now() - t;

  const walk = async (node?: Parameters<NonNullable<typeof api.topics.getChildren>>[0]): Promise<number> => {
    const children = (await api.topics.getChildren(node)) ?? [];
    let n = children.length;
    for (const c of children) {
      api.topics.getTreeItem(c);
      n += await walk(c);
    }
    return n;
  };
  const treeRuns: number[] = [];
  let nodes = 0;
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    nodes = await walk();
    treeRuns.push(performance.now() - t);
  }

  const folder = vscode.workspace.workspaceFolders![0].uri;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'sample.py'));
  const pos = doc.positionAt(doc.getText().indexOf('RLHF') + 1);
  t = performance.now();
  await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
  const firstHoverCommandMs = performance.now() - t;

  t = performance.now();
  await vscode.commands.executeCommand('genaiStudy.openConcept', 'rlhf');
  const conceptOpenCommandMs = performance.now() - t;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');

  const sorted = [...treeRuns].sort((a, b) => a - b);
  console.log(
    'BENCH ' +
      JSON.stringify({
        wasActive,
        loadActivateMs,
        baselineMs,
        baselineFirst,
        codeLoadMs: ours.codeLoadMs,
        activateCallMs: ours.activateCallMs,
        baselineCodeLoadMs: empty.codeLoadMs,
        baselineActivateCallMs: empty.activateCallMs,
        activateMs: api.activateMs,
        knowledgeLoadMs,
        treeNodes: nodes,
        treeFirstMs: treeRuns[0],
        treeMedianMs: sorted[sorted.length >> 1],
        firstHoverCommandMs,
        conceptOpenCommandMs,
      }),
  );
}

/**
 * VS Code's own marks for an extension in this host: loading its code (reading and evaluating the
 * module) and the activate() call, in whole milliseconds.
 */
function phases(id: string): { codeLoadMs?: number; activateCallMs?: number } {
  const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } })
    .MonacoPerformanceMarks;
  const marks = new Map((perf?.getMarks() ?? []).map(m => [m.name, m.startTime]));
  const span = (from: string, to: string) => {
    const a = marks.get(`code/extHost/${from}/${id}`);
    const b = marks.get(`code/extHost/${to}/${id}`);
    return a === undefined || b === undefined ? undefined : b - a;
  };
  return {
    codeLoadMs: span('willLoadExtensionCode', 'didLoadExtensionCode'),
    activateCallMs: span('willActivateExtension', 'didActivateExtension'),
  };
}
