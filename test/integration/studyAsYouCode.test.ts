// Hovers read with their file, and the "Quiz me on the terms in this file" code action, on the real API.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StudyApi } from '../../src/vscode/shared/api';

const sample = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sample.py');

async function api(): Promise<StudyApi> {
  const ext = vscode.extensions.getExtension<StudyApi>('genai-study.genai-study')!;
  return ext.isActive ? ext.exports : await ext.activate();
}

/** Our hover's first title (**…**) at `needle` + offset in the sample file, or undefined. */
async function hoverTitle(needle: string, offset: number): Promise<string | undefined> {
  const doc = await vscode.workspace.openTextDocument(sample());
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    doc.uri,
    doc.positionAt(doc.getText().indexOf(needle) + offset),
  );
  const text = hovers
    .map(h => h.contents.map(c => (typeof c === 'string' ? c : c.value)).join('\n'))
    .find(t => t.includes('genaiStudy.openConcept'));
  return text && /\*\*(.+?)\*\*/.exec(text)?.[1];
}

async function quizActions(needle: string): Promise<vscode.CodeAction[]> {
  const doc = await vscode.workspace.openTextDocument(sample());
  const at = doc.positionAt(doc.getText().indexOf(needle) + 1);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    new vscode.Range(at, at),
  );
  return actions.filter(a => a.command?.command === 'genaiStudy.quizFile');
}

export function registerStudyAsYouCode(): void {
  suite('Study as you code', () => {
    teardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('in a GenAI file, generic words inside identifiers have hovers; credentials do not', async () => {
      await api();
      assert.strictEqual(await hoverTitle('AutoTokenizer', 6), 'Tokenizer');
      assert.strictEqual(await hoverTitle('accessToken', 8), undefined);
      assert.strictEqual(await hoverTitle('garage', 2), undefined);
    });

    test("the light bulb on a known term offers a quiz on the file's terms, and it starts one", async () => {
      await (await api()).knowledgeBase();
      assert.deepStrictEqual(
        (await quizActions('garage')).map(a => a.title),
        [],
        'nothing offered off a term',
      );
      const [action] = await quizActions('RLHF');
      assert.strictEqual(action?.title, 'Quiz me on the terms in this file');
      await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
      for (let i = 0; i < 50; i++) {
        const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
        if (tab?.input instanceof vscode.TabInputWebview && /genaiStudy\.quizPanel/.test(tab.input.viewType)) return;
        await new Promise(r => setTimeout(r, 100));
      }
      assert.fail('the quiz panel did not open');
    });
  });
}
