import * as assert from 'node:assert/strict';
import type { AuthoredItem } from '../../src/core';
import { conceptsByName, isAcronymOf, lintAuthored, lintItem, nearDuplicates } from '../../src/core/quiz/lint';
import { kbOf, note } from './helpers';

const kb = kbOf([
  note('ft.md', 'id: fine-tuning\ntitle: Fine-tuning\nsummary: s\naliases: [model fine-tuning]'),
  note('ift.md', 'id: ift\ntitle: Instruction fine-tuning\nsummary: s\naliases: [instruction tuning]'),
  note('rag.md', 'id: rag\ntitle: Retrieval-augmented generation\nsummary: s\naliases: [RAG]'),
  note('sup.md', 'id: sup\ntitle: Supervised learning\nsummary: s'),
  note('self.md', 'id: self\ntitle: Self-supervised learning\nsummary: s'),
  note('pr.md', 'id: pr\ntitle: Precision and recall\nsummary: s\naliases: [precision, recall]'),
]);
const byName = conceptsByName(kb.concepts);
const single = (question: string, choices: string[], answer = 0, extra: Partial<AuthoredItem> = {}): AuthoredItem =>
  ({ type: 'single', question, choices, answer, explanation: 'E.', ...extra }) as AuthoredItem;
const rules = (item: AuthoredItem) => lintItem(item, byName).map(f => f.rule);

describe('question linter', () => {
  it('option-in-stem: an option the stem names, also by another name of its concept', () => {
    assert.deepEqual(
      rules(single('Which technique, unlike RAG, changes weights?', ['Fine-tuning', 'RAG', 'Caching', 'Routing'])),
      ['option-in-stem'],
    );
    assert.deepEqual(
      rules(
        single(
          'Which technique adds RAG to a model?',
          ['Prompting', 'Retrieval-augmented generation', 'Caching', 'Routing'],
          1,
        ),
      ),
      ['option-in-stem'],
    );
    assert.deepEqual(
      rules(single("Which technique changes a model's weights?", ['Fine-tuning', 'Prompting', 'Caching', 'Routing'])),
      [],
    );
  });

  it('option-in-stem: a question marked as quoting may name its options', () => {
    const q = single('In "Summarize this. Use bullets.", which part is the instruction?', [
      'Summarize this.',
      'Use bullets.',
      'None',
      'Both',
    ]);
    assert.deepEqual(rules(q), ['option-in-stem', 'option-in-stem']);
    assert.deepEqual(rules({ ...q, quoting: true }), []);
  });

  it("near-synonym: a distractor that is the answer's alias, parent or child", () => {
    assert.deepEqual(
      rules(
        single('Which adapts a model to follow commands?', [
          'Instruction fine-tuning',
          'Fine-tuning',
          'Pruning',
          'Caching',
        ]),
      ),
      ['near-synonym'],
    );
    assert.deepEqual(
      rules(
        single('Which grounds answers in documents?', [
          'Retrieval-augmented generation',
          'Pruning',
          'RAG pipeline',
          'Caching',
        ]),
      ),
      [],
    );
    assert.deepEqual(
      rules(
        single('Which learns labels from the data itself?', [
          'Self-supervised learning',
          'Supervised learning',
          'Pruning',
          'Caching',
        ]),
      ),
      [],
      'a variant named by "self-" is a different idea',
    );
    assert.deepEqual(
      rules(single('Which metric counts missed positives?', ['Recall', 'Precision', 'Accuracy', 'Latency'])),
      [],
      'a note about a pair names two things',
    );
  });

  it('distinctive-key: a blank, a far longer answer, the only option echoing the stem', () => {
    assert.deepEqual(
      rules(single('Which definition fits?', ['A ___ that retrieves', 'A cache', 'A router', 'A queue'])),
      ['distinctive-key'],
    );
    assert.deepEqual(
      rules(
        single('Which is true?', [
          'It retrieves relevant passages from an index and adds them to the prompt before generation',
          'A cache',
          'A router',
          'A queue',
        ]),
      ),
      ['distinctive-key'],
    );
    assert.deepEqual(
      rules(
        single('A bank wants invoices scanned into tables. Which service?', [
          'Scanned invoice tables',
          'Polly',
          'Lex',
          'Translate',
        ]),
      ),
      ['distinctive-key'],
    );
    assert.deepEqual(
      rules(
        single('A bank wants invoices scanned into tables. Which service?', ['Textract', 'Polly', 'Lex', 'Translate']),
      ),
      [],
    );
  });

  it('duplicate-options: options that differ only in case, spacing or punctuation', () => {
    assert.deepEqual(rules(single('Which one?', ['Top-p', 'top p', 'Top-k', 'Temperature'])), ['duplicate-options']);
    assert.deepEqual(rules(single('Which one?', ['Top-p', 'Top-k', 'Temperature', 'Stop sequence'])), []);
  });

  it('fake-acronym: an acronym question only for a real acronym of the title', () => {
    assert.ok(isAcronymOf('RAG', 'Retrieval-augmented generation'));
    assert.ok(isAcronymOf('FMs', 'Foundation model'));
    assert.ok(!isAcronymOf('ASR', 'Speech recognition'));
    assert.ok(!isAcronymOf('EC2', 'Amazon EC2'));
    assert.ok(!isAcronymOf('GPT', 'GPT-3'));
  });

  it('near-duplicate: stems that share most of their words and the same or nearly the same answer', () => {
    const a = {
      item: single('A team wants to cut the cost of long prompts sent many times a day. What helps most?', [
        'Prompt caching',
        'Fine-tuning',
        'RAG',
        'Top-k',
      ]),
    };
    const b = {
      item: single('A team wants to cut the cost of long prompts sent many times each day. What helps?', [
        'Prompt caching',
        'Top-k',
        'RAG',
        'Fine-tuning',
      ]),
    };
    const c = {
      item: single('A team wants to cut the cost of long prompts sent many times a day. What helps most?', [
        'Fine-tuning',
        'Prompt caching',
        'RAG',
        'Top-k',
      ]),
    };
    assert.equal(nearDuplicates([a, b]).length, 1);
    assert.equal(nearDuplicates([a, c]).length, 0, 'a different answer is a different question');
    const d = {
      item: single('How does AudioLM generate audio?', [
        'It turns audio into discrete tokens and predicts the next ones',
        'GAN',
        'VAE',
        'Rules',
      ]),
    };
    const e = {
      item: single("How does Google's AudioLM generate realistic speech and music?", [
        'It converts audio into discrete tokens and predicts the next ones',
        'GAN',
        'VAE',
        'Rules',
      ]),
    };
    assert.equal(nearDuplicates([d, e]).length, 1, 'the same idea in other words, with nearly the same answer');
  });

  it('lintAuthored counts checked questions and findings by rule', () => {
    const bad = kbOf([
      note(
        'x.md',
        'id: x\ntitle: X\nsummary: s\nquiz:\n  - type: single\n    question: Which one?\n' +
          '    choices: [Top-p, top p, Top-k]\n    answer: 0\n    explanation: E.',
      ),
    ]);
    const r = lintAuthored(bad);
    assert.equal(r.checked, 1);
    assert.equal(r.byRule['duplicate-options'], 1);
    assert.equal(r.findings[0].conceptId, 'x');
  });
});
