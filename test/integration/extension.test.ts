// Integration tests: the real extension in a real extension host, on the real vscode API.
// The same suite runs in the Node host (code-server or @vscode/test-electron) and the web worker.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StudyApi } from '../../src/vscode/api';

const EXTENSION_ID = 'genai-study.genai-study';

async function api(): Promise<StudyApi> {
  const ext = vscode.extensions.getExtension<StudyApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

/** The active tab once it is a webview of the given type (tab state follows the UI asynchronously). */
async function activeWebviewTab(viewType: RegExp): Promise<vscode.Tab> {
  for (let i = 0; i < 50; i++) {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    if (tab?.input instanceof vscode.TabInputWebview && viewType.test(tab.input.viewType)) return tab;
    await new Promise(r => setTimeout(r, 100));
  }
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  assert.fail(`expected an active ${viewType} webview tab, found ${tab?.label} (${(tab?.input as { viewType?: string } | undefined)?.viewType})`);
}

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Hover texts that our provider gives at the first occurrence of `needle` (offset into it). */
async function hoverAt(uri: vscode.Uri, needle: string, offset = 1): Promise<{ text: string; range?: vscode.Range }[]> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(at + offset));
  return hovers
    .map(h => ({ text: h.contents.map(c => (typeof c === 'string' ? c : c.value)).join('\n'), range: h.range }))
    .filter(h => h.text.includes('genaiStudy.openConcept'));
}

export function register(): void {
  suite('GenAI Study Companion', () => {
    teardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

    test('activates and registers every command', async () => {
      await api();
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['genaiStudy.lookUp', 'genaiStudy.openConcept', 'genaiStudy.openQuizPanel', 'genaiStudy.quizConcept', 'genaiStudy.refresh', 'genaiStudy.toggleHover']) {
        assert.ok(commands.includes(id), `${id} is registered`);
      }
    });

    test('the Topics tree lists the topics, then their concepts', async () => {
      const { topics } = await api();
      const roots = (await topics.getChildren()) ?? [];
      const labels = roots.map(n => String(topics.getTreeItem(n as never) instanceof Promise ? '' : (topics.getTreeItem(n) as vscode.TreeItem).label));
      assert.ok(roots.length >= 1, 'there are topics');
      assert.ok(labels.some(l => /adapting models/i.test(l)), `a topic "Adapting models" among ${labels.join(', ')}`);
      const adapting = roots[labels.findIndex(l => /adapting models/i.test(l))];
      const subs = (await topics.getChildren(adapting)) ?? [];
      const fineTuning = subs.find(n => /fine-tuning/i.test(String((topics.getTreeItem(n) as vscode.TreeItem).label)));
      assert.ok(fineTuning, 'a fine-tuning subtopic');
      const concepts = ((await topics.getChildren(fineTuning)) ?? []).map(n => topics.getTreeItem(n) as vscode.TreeItem);
      const rlhf = concepts.find(i => i.label === 'Reinforcement learning from human feedback');
      assert.ok(rlhf, 'RLHF is listed under its topic');
      assert.strictEqual(rlhf.command?.command, 'genaiStudy.openConcept');
      assert.deepStrictEqual(rlhf.command?.arguments, ['rlhf']);
    });

    test('hover shows the definition of a term, with its exact range', async () => {
      const hovers = await hoverAt(fixture('sample.py'), 'RLHF');
      assert.strictEqual(hovers.length, 1);
      assert.match(hovers[0].text, /Reinforcement learning from human feedback/);
      const range = hovers[0].range!;
      const doc = await vscode.workspace.openTextDocument(fixture('sample.py'));
      assert.strictEqual(doc.getText(range), 'RLHF');
    });

    test('hover matches identifier segments and multi-word terms', async () => {
      const sd = await hoverAt(fixture('sample.py'), 'StableDiffusionPipeline', 3);
      assert.match(sd[0]?.text ?? '', /Stable Diffusion/);
      const llm = await hoverAt(fixture('notes.md'), 'LLMs');
      assert.match(llm[0]?.text ?? '', /Large language model/);
      const bedrock = await hoverAt(fixture('notes.md'), 'Amazon Bedrock', 8);
      assert.match(bedrock[0]?.text ?? '', /Amazon Bedrock/);
    });

    test('no hover inside words, on compound generic words, or on case collisions', async () => {
      for (const [file, needle] of [['sample.py', 'garage'], ['sample.py', 'storage'], ['sample.py', 'accessToken'], ['sample.py', 'rag_ready'], ['notes.md', 'bedrock of']] as const) {
        const hovers = await hoverAt(fixture(file), needle, needle === 'accessToken' ? 8 : 1);
        assert.deepStrictEqual(hovers.map(h => h.text.slice(0, 60)), [], `no hover on ${needle}`);
      }
    });

    test('"Open a Sample File" opens an untitled Python file whose terms have hovers', async () => {
      await api();
      await vscode.commands.executeCommand('genaiStudy.openSample');
      const doc = vscode.window.activeTextEditor?.document;
      assert.ok(doc?.isUntitled, 'an untitled document is active');
      assert.strictEqual(doc.languageId, 'python');
      try {
        for (const [needle, title] of [['RLHF', 'Reinforcement learning from human feedback'], ['embeddings', 'Embedding'], ['vector database', 'Vector database'], ['hallucinations', 'Hallucination']]) {
          const hovers = await hoverAt(doc.uri, needle);
          assert.match(hovers[0]?.text ?? '', new RegExp(`\\*\\*${title}\\*\\*`), `a hover for ${needle}`);
        }
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });

    test('the look-up ranks the intended concept first, even with a typo', async () => {
      const { lookUpItems } = await api();
      assert.strictEqual((await lookUpItems('rlhf'))[0]?.conceptId, 'rlhf');
      assert.strictEqual((await lookUpItems('reinforcment lerning from human feedback'))[0]?.conceptId, 'rlhf');
    });

    test('the concept view opens and shows the concept', async () => {
      const { openConceptId } = await api();
      await vscode.commands.executeCommand('genaiStudy.openConcept', 'rlhf');
      const tab = await activeWebviewTab(/genaiStudy\.concept/);
      assert.strictEqual(tab.label, 'Reinforcement learning from human feedback');
      assert.strictEqual(openConceptId(), 'rlhf');
    });

    test('user notes merge into the knowledge base; a broken one is reported with its line', async () => {
      const { knowledgeBase, topics } = await api();
      const config = vscode.workspace.getConfiguration('genaiStudy');
      const changed = new Promise<void>(resolve => { const d = vscode.workspace.onDidChangeConfiguration(() => { d.dispose(); resolve(); }); });
      await config.update('notes.folders', ['my-notes'], vscode.ConfigurationTarget.Global);
      await changed;
      try {
        let kb = await knowledgeBase();
        for (let i = 0; i < 50 && !kb.concept('chain-of-thought'); i++) { await new Promise(r => setTimeout(r, 100)); kb = await knowledgeBase(); }
        const cot = kb.concept('chain-of-thought');
        assert.ok(cot, 'the user note is loaded');
        assert.equal(cot.origin, 'user');
        assert.ok(kb.concept('rlhf'), 'the bundled notes are still there');
        const roots = ((await topics.getChildren()) ?? []).map(n => String((topics.getTreeItem(n) as vscode.TreeItem).label));
        assert.ok(roots.some(l => l.startsWith('My notes')), `a My notes branch among ${roots.join(', ')}`);
        const broken = fixture('my-notes/prompts/broken.md');
        let diags: readonly vscode.Diagnostic[] = [];
        for (let i = 0; i < 50 && diags.length === 0; i++) { diags = vscode.languages.getDiagnostics(broken); if (!diags.length) await new Promise(r => setTimeout(r, 100)); }
        assert.equal(diags.length, 1, 'one problem for the broken note');
        assert.equal(diags[0].range.start.line, 2, 'on its third line');
        assert.match(diags[0].message, /YAML/);
      } finally {
        await config.update('notes.folders', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    test('the concept view is reused for a related concept, and the tree reveals what it shows', async () => {
      const { topicsView, knowledgeBase } = await api();
      await vscode.commands.executeCommand('genaiStudy.topics.focus');
      await vscode.commands.executeCommand('genaiStudy.openConcept', 'rlhf');
      await activeWebviewTab(/genaiStudy\.concept/);
      const related = (await knowledgeBase()).concept('rlhf')!.related[0];
      await vscode.commands.executeCommand('genaiStudy.openConcept', related);
      const title = (await knowledgeBase()).concept(related)!.title;
      for (let i = 0; i < 50 && vscode.window.tabGroups.activeTabGroup.activeTab?.label !== title; i++) await new Promise(r => setTimeout(r, 100));
      assert.strictEqual(vscode.window.tabGroups.activeTabGroup.activeTab?.label, title);
      const conceptTabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview && /genaiStudy\.concept/.test(t.input.viewType));
      assert.strictEqual(conceptTabs.length, 1, 'one concept view, reused');
      for (let i = 0; i < 50 && (topicsView.selection[0] as { concept?: { id: string } } | undefined)?.concept?.id !== related; i++) await new Promise(r => setTimeout(r, 100));
      assert.strictEqual((topicsView.selection[0] as { concept?: { id: string } } | undefined)?.concept?.id, related, 'the tree selects the concept');
    });

    test('the quiz panel opens in the editor', async () => {
      await vscode.commands.executeCommand('genaiStudy.quizConcept', 'rlhf');
      await activeWebviewTab(/genaiStudy\.quizPanel/);
    });
  });
}
