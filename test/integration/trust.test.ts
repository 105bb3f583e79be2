// Restricted Mode: run in a window whose folder (test/fixtures/untrusted) is not trusted.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StudyApi } from '../../src/vscode/shared/api';

export function registerTrust(): void {
  suite('Restricted Mode', () => {
    test("the workspace's own genaiStudy.notes.folders is ignored", async () => {
      assert.strictEqual(vscode.workspace.isTrusted, false, 'the folder is not trusted');
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'the untrusted fixture folder is open');
      const settings = new TextDecoder().decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json')),
      );
      assert.deepStrictEqual(
        JSON.parse(settings)['genaiStudy.notes.folders'],
        ['notes'],
        'the workspace sets the folders',
      );
      assert.deepStrictEqual(
        vscode.workspace.getConfiguration('genaiStudy').get('notes.folders'),
        [],
        'the setting reads as the default',
      );
      const ext = vscode.extensions.getExtension<StudyApi>('genai-study.genai-study');
      assert.ok(ext, 'the extension is installed');
      const api = ext.isActive ? ext.exports : await ext.activate();
      const kb = await api.knowledgeBase();
      assert.ok(kb.concept('rlhf'), 'the bundled notes load');
      assert.strictEqual(kb.concept('workspace-only-note'), undefined, "the workspace's note folder is not read");
    });
  });
}
