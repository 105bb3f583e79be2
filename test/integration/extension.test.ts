// Integration tests: the real extension in a real extension host, on the real vscode API.
// The same suite runs in the Node host (code-server or @vscode/test-electron) and the web worker.
import * as assert from 'assert';
import * as vscode from 'vscode';
import fc from 'fast-check';
import {
  installMarkdown,
  quizItems,
  renderInline,
  renderMarkdown,
  type KnowledgeBase,
  type QuizItem,
} from '../../src/core';
import { markdownItRenderer } from '../../src/core/markdown';

// The suite reads the quiz's HTML back with the same renderer the extension loads from its notes kit.
installMarkdown(markdownItRenderer());
import type { ExamMessage, QuestionMessage, Response as Answer, ToQuizWebview } from '../../src/protocol';
import type { StudyApi } from '../../src/vscode/shared/api';
import type { QuizController } from '../../src/vscode/quiz/quizController';

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
  assert.fail(
    `expected an active ${viewType} webview tab, found ${tab?.label} (${(tab?.input as { viewType?: string } | undefined)?.viewType})`,
  );
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
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    doc.positionAt(at + offset),
  );
  return hovers
    .map(h => ({ text: h.contents.map(c => (typeof c === 'string' ? c : c.value)).join('\n'), range: h.range }))
    .filter(h => h.text.includes('genaiStudy.openConcept'));
}

/** Records what a quiz controller posts to its webview. */
function recorder(controller: QuizController) {
  const posts: ToQuizWebview[] = [];
  const sub = controller.onDidPost(m => posts.push(m));
  const last = <T extends ToQuizWebview['type']>(type: T) => {
    const m = [...posts].reverse().find(p => p.type === type);
    assert.ok(m, `a ${type} message was posted (posted: ${posts.map(p => p.type).join(', ')})`);
    return m as Extract<ToQuizWebview, { type: T }>;
  };
  return { posts, last, dispose: () => sub.dispose() };
}

/** The item behind a question as the webview shows it, and the right answer to it. */
function solve(kb: KnowledgeBase, q: QuestionMessage): { item: QuizItem; right: Answer; wrong: Answer } {
  const sameChoices = (i: QuizItem) =>
    (q.view.type !== 'single' && q.view.type !== 'multiple') ||
    ((i.type === 'single' || i.type === 'multiple') &&
      i.choices.every(c => (q.view as { choices: readonly string[] }).choices.includes(renderInline(c))));
  const item = quizItems(kb).find(
    i =>
      renderMarkdown(i.question) === q.html &&
      sameChoices(i) &&
      (q.conceptTitle === '' || (kb.concept(i.conceptId)?.title ?? '') === q.conceptTitle),
  );
  assert.ok(item, "the question is one of the knowledge base's items");
  const v = q.view;
  if (item.type === 'ordering' && v.type === 'ordering') {
    const order = item.items.map(t => v.items.indexOf(renderInline(t)));
    return { item, right: { type: 'ordering', order }, wrong: { type: 'ordering', order: [...order].reverse() } };
  }
  if (item.type === 'matching' && v.type === 'matching') {
    const matches = v.left.map(l => v.right.indexOf(renderInline(item.pairs.find(p => renderInline(p[0]) === l)![1])));
    return { item, right: { type: 'matching', matches }, wrong: { type: 'matching', matches: [...matches].reverse() } };
  }
  if ((item.type === 'single' || item.type === 'multiple') && (v.type === 'single' || v.type === 'multiple')) {
    const answers = item.type === 'single' ? [item.answer] : item.answer;
    const picked = answers.map(a => v.choices.indexOf(renderInline(item.choices[a])));
    const other = v.choices.findIndex((_, i) => !picked.includes(i));
    return { item, right: { type: v.type, picked }, wrong: { type: v.type, picked: [other] } };
  }
  return assert.fail(`question type ${v.type} does not match item type ${item.type}`);
}

export function register(): void {
  suite('GenAI Study Companion', () => {
    teardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('activates and registers every command', async () => {
      await api();
      const commands = await vscode.commands.getCommands(true);
      for (const id of [
        'genaiStudy.lookUp',
        'genaiStudy.openConcept',
        'genaiStudy.openQuizPanel',
        'genaiStudy.quizConcept',
        'genaiStudy.refresh',
        'genaiStudy.toggleHover',
      ]) {
        assert.ok(commands.includes(id), `${id} is registered`);
      }
    });

    test('the Topics tree lists the topics, then their concepts', async () => {
      const { topics } = await api();
      const roots = (await topics.getChildren()) ?? [];
      const labels = roots.map(n =>
        String(
          topics.getTreeItem(n as never) instanceof Promise ? '' : (topics.getTreeItem(n) as vscode.TreeItem).label,
        ),
      );
      assert.ok(roots.length >= 1, 'there are topics');
      assert.ok(
        labels.some(l => /adapting models/i.test(l)),
        `a topic "Adapting models" among ${labels.join(', ')}`,
      );
      const adapting = roots[labels.findIndex(l => /adapting models/i.test(l))];
      const subs = (await topics.getChildren(adapting)) ?? [];
      const fineTuning = subs.find(n => /fine-tuning/i.test(String((topics.getTreeItem(n) as vscode.TreeItem).label)));
      assert.ok(fineTuning, 'a fine-tuning subtopic');
      const concepts = ((await topics.getChildren(fineTuning)) ?? []).map(
        n => topics.getTreeItem(n) as vscode.TreeItem,
      );
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
      for (const [file, needle] of [
        ['sample.py', 'garage'],
        ['sample.py', 'storage'],
        ['sample.py', 'accessToken'],
        ['sample.py', 'rag_ready'],
        ['notes.md', 'bedrock of'],
      ] as const) {
        const hovers = await hoverAt(fixture(file), needle, needle === 'accessToken' ? 8 : 1);
        assert.deepStrictEqual(
          hovers.map(h => h.text.slice(0, 60)),
          [],
          `no hover on ${needle}`,
        );
      }
    });

    test('"Open a Sample File" opens an untitled Python file whose terms have hovers', async () => {
      await api();
      await vscode.commands.executeCommand('genaiStudy.openSample');
      const doc = vscode.window.activeTextEditor?.document;
      assert.ok(doc?.isUntitled, 'an untitled document is active');
      assert.strictEqual(doc.languageId, 'python');
      try {
        for (const [needle, title] of [
          ['RLHF', 'Reinforcement learning from human feedback'],
          ['embeddings', 'Embedding'],
          ['vector database', 'Vector database'],
          ['hallucinations', 'Hallucination'],
        ]) {
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

    test('a question shows the notes that answer it under "In notes", after the name matches', async () => {
      const { lookUpItems } = await api();
      const items = await lookUpItems('how do I stop the model making things up');
      const section = items.findIndex(i => i.label === 'In notes' && i.conceptId === undefined);
      assert.ok(section >= 0, items.map(i => i.label).join(', '));
      assert.ok(
        items.slice(section + 1, section + 6).some(i => i.conceptId === 'hallucination'),
        items.map(i => i.label).join(', '),
      );
      assert.ok(
        !(await lookUpItems('rlhf')).some(i => i.label === 'In notes'),
        'a name with a strong match has no notes section',
      );
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
      const changed = new Promise<void>(resolve => {
        const d = vscode.workspace.onDidChangeConfiguration(() => {
          d.dispose();
          resolve();
        });
      });
      await config.update('notes.folders', ['my-notes'], vscode.ConfigurationTarget.Global);
      await changed;
      try {
        let kb = await knowledgeBase();
        for (let i = 0; i < 50 && !kb.concept('chain-of-thought'); i++) {
          await new Promise(r => setTimeout(r, 100));
          kb = await knowledgeBase();
        }
        const cot = kb.concept('chain-of-thought');
        assert.ok(cot, 'the user note is loaded');
        assert.equal(cot.origin, 'user');
        assert.ok(kb.concept('rlhf'), 'the bundled notes are still there');
        const roots = ((await topics.getChildren()) ?? []).map(n =>
          String((topics.getTreeItem(n) as vscode.TreeItem).label),
        );
        assert.ok(
          roots.some(l => l.startsWith('My notes')),
          `a My notes branch among ${roots.join(', ')}`,
        );
        const broken = fixture('my-notes/prompts/broken.md');
        let diags: readonly vscode.Diagnostic[] = [];
        for (let i = 0; i < 50 && diags.length === 0; i++) {
          diags = vscode.languages.getDiagnostics(broken);
          if (!diags.length) await new Promise(r => setTimeout(r, 100));
        }
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
      for (let i = 0; i < 50 && vscode.window.tabGroups.activeTabGroup.activeTab?.label !== title; i++)
        await new Promise(r => setTimeout(r, 100));
      assert.strictEqual(vscode.window.tabGroups.activeTabGroup.activeTab?.label, title);
      const conceptTabs = vscode.window.tabGroups.all
        .flatMap(g => g.tabs)
        .filter(t => t.input instanceof vscode.TabInputWebview && /genaiStudy\.concept/.test(t.input.viewType));
      assert.strictEqual(conceptTabs.length, 1, 'one concept view, reused');
      for (
        let i = 0;
        i < 50 && (topicsView.selection[0] as { concept?: { id: string } } | undefined)?.concept?.id !== related;
        i++
      )
        await new Promise(r => setTimeout(r, 100));
      assert.strictEqual(
        (topicsView.selection[0] as { concept?: { id: string } } | undefined)?.concept?.id,
        related,
        'the tree selects the concept',
      );
    });

    test('the readiness view opens in the editor from its command, once; the exam date is a registered setting', async () => {
      await vscode.commands.executeCommand('genaiStudy.openReadiness');
      await activeWebviewTab(/genaiStudy\.readiness/);
      await vscode.commands.executeCommand('genaiStudy.openReadiness');
      const tabs = vscode.window.tabGroups.all
        .flatMap(g => g.tabs)
        .filter(t => t.input instanceof vscode.TabInputWebview && /genaiStudy\.readiness/.test(t.input.viewType));
      assert.strictEqual(tabs.length, 1, 'one readiness view, reused');
      const config = vscode.workspace.getConfiguration('genaiStudy');
      await config.update('exam.date', '2031-05-20', vscode.ConfigurationTarget.Global);
      try {
        assert.strictEqual(vscode.workspace.getConfiguration('genaiStudy').get('exam.date'), '2031-05-20');
      } finally {
        await config.update('exam.date', undefined, vscode.ConfigurationTarget.Global);
      }
      await vscode.window.tabGroups.close(tabs);
    });

    test('the quiz panel opens in the editor', async () => {
      await vscode.commands.executeCommand('genaiStudy.quizConcept', 'rlhf');
      await activeWebviewTab(/genaiStudy\.quizPanel/);
    });
    test("answering through the quiz's message handler saves progress; a re-rating and a fresh read keep it", async () => {
      const a = await api();
      const kb = await a.knowledgeBase();
      const controller = await a.openQuizPanel({ conceptId: 'rlhf' });
      const rec = recorder(controller);
      try {
        await controller.start({ conceptId: 'rlhf' });
        const q = rec.last('question');
        assert.strictEqual(q.mode, 'quick');
        const { item, right } = solve(kb, q);
        const seenBefore = a.progress.get().items[item.id]?.seen ?? 0;
        await controller.handle({ type: 'answer', token: q.token, answer: right, ms: 12_000 });
        const f = rec.last('feedback');
        assert.strictEqual(f.correct, true);
        assert.strictEqual(f.canRate, true);
        const saved = a.openProgressStore().get().items[item.id];
        assert.ok(saved, 'the answer is in the stored progress');
        assert.strictEqual(saved.seen, seenBefore + 1);
        assert.strictEqual(saved.lastCorrect, true);
        await controller.handle({ type: 'rate', token: q.token, rating: 'knew' });
        assert.strictEqual(rec.last('feedback').rating, 'knew', 'the rating is saved and shown');
        const rerated = a.openProgressStore().get().items[item.id];
        assert.strictEqual(rerated.seen, seenBefore + 1, 'rating again does not count the answer twice');
        assert.ok(
          Date.parse(rerated.card.due) > Date.parse(saved.card.due),
          '"I knew it" puts the question off further',
        );
        const node = await (a.topics as unknown as { conceptNodeById(id: string): Promise<never> }).conceptNodeById(
          'rlhf',
        );
        assert.match(
          String((a.topics.getTreeItem(node) as vscode.TreeItem).description),
          /%|✓/,
          "the tree shows the concept's mastery",
        );

        // The next question, answered wrongly: no rating is offered or taken.
        await controller.handle({ type: 'next' });
        const q2 = rec.last('question');
        assert.notStrictEqual(q2.token, q.token);
        const second = solve(kb, q2);
        await controller.handle({ type: 'answer', token: q2.token, answer: second.wrong, ms: 3_000 });
        assert.strictEqual(rec.last('feedback').correct, false);
        assert.strictEqual(rec.last('feedback').canRate, false);
        const stored = JSON.stringify(a.openProgressStore().get());
        await controller.handle({ type: 'rate', token: q2.token, rating: 'knew' });
        assert.strictEqual(JSON.stringify(a.openProgressStore().get()), stored, 'a wrong answer cannot be rated up');
        await controller.handle({ type: 'next' });
      } finally {
        rec.dispose();
      }

      // The panel goes away (as in a reload) and comes back at the same question.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const again = await a.openQuizPanel();
      const rec2 = recorder(again);
      try {
        await again.resume();
        assert.strictEqual(rec2.last('question').index, 2, 'the session resumes at its third question');
      } finally {
        rec2.dispose();
      }
    });

    test('malformed and stale messages to the quiz change nothing', async () => {
      const a = await api();
      const kb = await a.knowledgeBase();
      const controller = await a.openQuizPanel({ conceptId: 'diffusion-model' });
      const rec = recorder(controller);
      try {
        await controller.start({ conceptId: 'diffusion-model' });
        const q = rec.last('question');
        const before = JSON.stringify(a.progress.get());
        const posted = rec.posts.length;
        const junk: unknown[] = [
          ...fc.sample(fc.anything(), 300),
          { type: 'answer', token: 'stale', answer: solve(kb, q).right, ms: 10 },
          { type: 'answer', token: q.token, answer: { type: 'single', picked: Array(10_000).fill(0) }, ms: 10 },
          { type: 'answer', token: q.token, answer: solve(kb, q).right, ms: Number.NaN },
          { type: 'rate', token: q.token, rating: 'knew' },
          { type: 'start', mode: 'exam', count: 1e9, timed: false },
          JSON.parse('{"type":"answer","__proto__":{"token":"x"}}'),
          { type: 'openConcept', id: 'x'.repeat(10_000) },
        ];
        for (const m of junk) await controller.handle(m);
        assert.strictEqual(JSON.stringify(a.progress.get()), before, 'progress is unchanged');
        assert.strictEqual(rec.posts.length, posted, 'nothing was sent back');
        await controller.handle({ type: 'answer', token: q.token, answer: solve(kb, q).right, ms: 5_000 });
        assert.strictEqual(rec.last('feedback').correct, true, 'the quiz still works');
      } finally {
        rec.dispose();
      }
    });

    test('two windows answering at once keep every answer', async () => {
      const a = await api();
      const one = a.progress;
      const two = a.openProgressStore();
      one.get();
      two.get(); // both windows have read the progress
      const ids = Array.from({ length: 8 }, (_, k) => `two-windows-${Date.now()}#${k}`);
      for (const [k, itemId] of ids.entries())
        await (k % 2 ? two : one).record({ itemId, conceptId: 'rlhf', correct: k % 3 !== 0, ms: 4_000 });
      const fresh = a.openProgressStore().get();
      for (const id of ids) assert.ok(fresh.items[id], `${id} was kept`);
    });

    test('a short mock exam: move freely, flag, change an answer, review, then submit; scored by domain and skill', async () => {
      const a = await api();
      const kb = await a.knowledgeBase();
      const scope = { exam: { count: 4, timed: true } } as const;
      const controller = await a.openQuizPanel(scope);
      const rec = recorder(controller);
      const solveAt = (m: ExamMessage) => {
        assert.ok(m.question, 'a question is shown');
        return solve(kb, {
          type: 'question',
          token: m.token,
          mode: 'exam',
          index: m.index,
          total: m.total,
          conceptTitle: '',
          html: m.question.html,
          view: m.question.view,
        });
      };
      try {
        await controller.start(scope);
        const e1 = rec.last('exam');
        assert.deepStrictEqual([e1.total, e1.index, e1.nav.filter(n => n.answered || n.flagged).length], [4, 0, 0]);
        assert.ok(
          e1.deadline && Math.abs(e1.deadline - (Date.now() + 6 * 60_000)) < 60_000,
          "timed at the exam's pace (6 minutes for 4)",
        );
        const before = JSON.stringify(a.progress.get());
        const { token } = e1;
        await controller.handle({ type: 'examAnswer', token, index: 0, answer: solveAt(e1).wrong, ms: 2_000 });
        await controller.handle({ type: 'examAnswer', token, index: 0, answer: solveAt(e1).right, ms: 3_000 });
        await controller.handle({ type: 'examFlag', token, index: 0, flagged: true });
        await controller.handle({ type: 'examGo', token, index: 1 });
        const e2 = rec.last('exam');
        assert.strictEqual(e2.index, 1);
        await controller.handle({ type: 'examAnswer', token, index: 1, answer: solveAt(e2).wrong, ms: 2_000 });
        await controller.handle({ type: 'examGo', token, index: 4 });
        const review = rec.last('exam');
        assert.strictEqual(review.question, undefined, 'the review screen');
        assert.deepStrictEqual(
          review.nav.map(n => [n.answered, n.flagged]),
          [
            [true, true],
            [true, false],
            [false, false],
            [false, false],
          ],
        );
        assert.ok(!rec.posts.some(p => p.type === 'feedback'), 'no feedback during the exam');
        assert.strictEqual(JSON.stringify(a.progress.get()), before, 'nothing is recorded before submission');
        await controller.handle({ type: 'examSubmit', token });
        const s = rec.last('summary');
        assert.deepStrictEqual([s.mode, s.total, s.correct, s.skipped, s.wrong.length], ['exam', 4, 1, 2, 3]);
        assert.strictEqual(
          s.byTopic.reduce((n, t) => n + t.total, 0),
          4,
        );
        assert.strictEqual(
          s.byDomain.reduce((n, t) => n + t.total, 0),
          4,
        );
        assert.ok(
          s.byDomain.every(d => d.weight !== undefined),
          'each domain with its weight',
        );
        assert.ok(s.bySkill.length > 0);
        assert.ok(s.wrong.every(w => w.solution.length > 0 && w.html.length > 0));
        assert.notStrictEqual(
          JSON.stringify(a.progress.get()),
          before,
          'the answered questions are recorded on submission',
        );
      } finally {
        rec.dispose();
      }
    });

    test('progress exports, resets (with a backup) and imports back; a bad file changes nothing', async () => {
      const a = await api();
      await a.progress.record({ itemId: 'rlhf#export-test', conceptId: 'rlhf', correct: true, ms: 5_000 });
      const before = a.progress.get();
      const file = fixture('.progress-export.json');
      const bad = fixture('.progress-bad.json');
      try {
        await a.progressCommands.export(file);
        const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
        assert.strictEqual(exported.kind, 'genai-study-progress');
        assert.ok(await a.progressCommands.reset(true));
        assert.strictEqual(Object.keys(a.openProgressStore().get().items).length, 0, 'reset empties the progress');
        assert.ok(await a.progressCommands.import(file));
        assert.deepStrictEqual(a.openProgressStore().get(), before, 'the import brings every item back');
        await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"kind":"something else","items":{}}'));
        assert.strictEqual(await a.progressCommands.import(bad), false);
        assert.deepStrictEqual(a.openProgressStore().get(), before, 'a bad file changes nothing');
      } finally {
        for (const f of [file, bad]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
      }
    });
  });
}
