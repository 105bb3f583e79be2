import * as assert from 'node:assert/strict';
import { drawMockExam, examPool, quizItems, type QuizItem } from '../../src/core';
import { examView } from '../../src/core/quiz/flow/examPresent';
import * as T from '../../src/core/quiz/flow/state';
import { bundledKb, kbOf, note } from './helpers';

// Case studies: one shared scenario, several questions, each scored on its own.

const scenario =
  'A retailer wants a chatbot on Amazon Bedrock. 1. It must answer from the current catalogue. ' +
  '2. It must never show card numbers. 3. It must cost nothing while idle.';
const sub = (n: number, extra = '') =>
  `      - type: single\n        question: Which option meets requirement ${n}?\n` +
  `        choices: [Right ${n}, Wrong ${n}]\n        answer: 0\n        explanation: Because ${n}.${extra}`;
const caseNote = (body: string) =>
  note('shop.md', `id: shop\ntitle: Shop\nsummary: s\nexam: { domain: 3, skills: ["3.1.c"] }\nquiz:\n${body}`);
const aCase = (questions: string, more = '') =>
  `  - type: case\n    title: A retail chatbot\n    scenario: ${scenario}\n${more}    questions:\n${questions}`;

describe('case studies: the notes format', () => {
  it('a case becomes one quiz item per question, each carrying the scenario, its place and its skill', () => {
    const kb = kbOf([
      caseNote(`${aCase([1, 2, 3].map(n => sub(n)).join('\n'))}\n${aCase([1, 2].map(n => sub(n + 3)).join('\n'))}`),
    ]);
    assert.deepEqual(kb.problems, []);
    const items = quizItems(kb).filter(i => i.source === 'authored');
    assert.equal(items.length, 5);
    assert.deepEqual(
      items.map(i => [i.case?.id, i.case?.part, i.case?.parts]),
      [
        ['case-1', 1, 3],
        ['case-1', 2, 3],
        ['case-1', 3, 3],
        ['case-2', 1, 2],
        ['case-2', 2, 2],
      ],
    );
    assert.ok(
      items.every(i => i.case?.scenario === scenario && i.case.title === 'A retail chatbot' && i.skill === '3.1.c'),
    );
  });

  it('reports a case without questions enough, with a short scenario, unknown keys, a case inside a case or a bad question', () => {
    const bad = [
      aCase(sub(1)),
      aCase([1, 2, 3, 4, 5].map(n => sub(n)).join('\n')),
      aCase([1, 2].map(n => sub(n)).join('\n')).replace(scenario, 'Too short.'),
      aCase([1, 2].map(n => sub(n)).join('\n'), '    answer: 0\n'),
      aCase(
        `${sub(1)}\n      - type: case\n        title: Inner\n        scenario: ${scenario}\n        questions: []`,
      ),
      aCase(`${sub(1)}\n${sub(2).replace('answer: 0', 'answer: 5')}`),
      aCase(`${sub(1)}\n${sub(2, '\n        case: { id: x }')}`),
    ];
    for (const body of bad) {
      const kb = kbOf([caseNote(body)]);
      assert.equal(kb.problems.length, 1, body);
      assert.match(kb.problems[0].message, /Quiz item 1 (is a case|has)/);
      assert.equal(quizItems(kb).filter(i => i.case).length, 0, 'nothing of a broken case is asked');
    }
  });

  it('the bundled notes have at least 10 case studies of 2 to 4 questions, over all five domains', () => {
    const kb = bundledKb();
    const cases = new Map<string, QuizItem[]>();
    for (const i of quizItems(kb).filter(x => x.case)) {
      const key = `${i.conceptId}/${i.case?.id}`;
      cases.set(key, [...(cases.get(key) ?? []), i]);
    }
    assert.ok(cases.size >= 10, `${cases.size} case studies`);
    for (const [key, parts] of cases) {
      assert.ok(parts.length >= 2 && parts.length <= 4, key);
      assert.equal(new Set(parts.map(p => p.domain)).size, 1, `${key}: one exam domain`);
      assert.ok(
        parts.every(p => p.skill),
        `${key}: every question has a skill`,
      );
    }
    assert.deepEqual([...new Set([...cases.values()].map(p => p[0].domain))].sort(), [1, 2, 3, 4, 5]);
  });
});

describe('case studies: in a mock exam', () => {
  const kb = bundledKb();
  const pool = examPool(kb, quizItems(kb));

  it('an exam of 10 or more questions has a case study, whole and in order, and keeps the domain shares', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const drawn = drawMockExam(kb, { count: 10, seed }).map(d => d.item);
      const withCase = drawn.filter(i => i.case);
      assert.ok(withCase.length >= 2, `seed ${seed}: a case study is drawn`);
      const first = drawn.findIndex(i => i.case);
      const parts = pool.filter(
        i => i.case && i.conceptId === drawn[first].conceptId && i.case.id === drawn[first].case?.id,
      );
      assert.deepEqual(
        drawn.slice(first, first + parts.length).map(i => i.case?.part),
        parts.map((_, k) => k + 1),
        'together, in order',
      );
      const byDomain = [1, 2, 3, 4, 5].map(d => drawn.filter(i => i.domain === d).length);
      assert.deepEqual(byDomain, [2, 3, 3, 1, 1]);
    }
  });

  it("a case's question is shown with its scenario, and scored on its own", () => {
    const start = pool.findIndex(i => i.case?.part === 1 && i.type === 'single');
    const parts = pool.slice(start, start + 2);
    assert.ok(parts.every(i => i.case?.id === parts[0].case?.id && i.conceptId === parts[0].conceptId));
    let s = T.launch('exam', parts, { now: 0, token: () => 'tok', random: () => 0.5 });
    const v = examView(s as T.ExamState);
    assert.equal(v.question?.scenario?.part, 1);
    assert.equal(v.question?.scenario?.parts, parts[0].case?.parts);
    assert.match(v.question?.scenario?.html ?? '', /<p>/);
    const exam = (s as T.ExamState).exam;
    const p = exam.shown[0];
    assert.ok(p.type === 'single' || p.type === 'multiple');
    s = T.examRespond(s, 'tok', 0, { type: p.type, picked: [...p.correct] }, 10, {
      now: 0,
      token: () => 'x',
      random: () => 0.5,
    }).state;
    const { results } = T.submit(s, 'tok');
    assert.deepEqual(
      results?.map(r => r.correct),
      [true, false],
    );
  });
});
