import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  QuizSession,
  conceptsByName,
  createKnowledgeBase,
  isCorrect,
  lintItem,
  neighbours,
  present,
  quizItems,
  type Presentation,
  type QuizItem,
  type Response,
} from '../../src/api/node';
import { generateQuizItems } from '../../src/core/quiz/items';
import { isAcronymOf } from '../../src/core/quiz/lint';
// @ts-expect-error: the benchmark's workload is plain JavaScript
import { generatedNotes } from '../bench/workload.mjs';
import { isFromQuizWebview } from '../../src/protocol';
import { hideWord } from '../../src/core/quiz/items';
import { bundledKb } from './helpers';

/** A seeded random source, so shuffles are repeatable. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const item = (i: Partial<QuizItem> & Pick<QuizItem, 'type'>): QuizItem =>
  ({ id: 'x#1', conceptId: 'x', source: 'authored', question: 'Q', explanation: 'E', ...i }) as QuizItem;

describe('quiz items', () => {
  const kb = bundledKb();
  const items = quizItems(kb);

  it('has authored and generated items for the whole knowledge base, with unique ids', () => {
    assert.ok(items.filter(i => i.source === 'authored').length >= 250);
    assert.ok(items.filter(i => i.source === 'generated').length >= kb.concepts.length);
    assert.equal(new Set(items.map(i => i.id)).size, items.length);
  });

  it('generated items: the answer is among the choices, no duplicate choices, distractors from neighbours', () => {
    for (const q of items.filter(i => i.source === 'generated')) {
      if (q.type === 'matching' || q.type === 'ordering') continue;
      const answers = q.type === 'single' ? [q.answer] : q.answer;
      assert.ok(answers.every(a => a >= 0 && a < q.choices.length));
      assert.equal(new Set(q.choices.map(c => c.toLowerCase())).size, q.choices.length, q.id);
      if (q.id.endsWith('gen-term')) {
        const concept = kb.concept(q.conceptId)!;
        const near = new Set(neighbours(kb, concept, 16).map(n => n.title));
        for (const [i, choice] of q.choices.entries())
          if (i !== q.answer) assert.ok(near.has(choice), `${choice} is a neighbour of ${concept.id}`);
        assert.ok(!concept.aliases.some(a => q.choices.includes(a)), 'never the same concept under another name');
      }
    }
  });

  it('generates beyond recall: "which TWO", "which does NOT", matching, "which AWS service"', () => {
    const kinds = new Set(items.filter(i => i.source === 'generated').map(i => i.id.split('#gen-')[1].split('-')[0]));
    for (const k of ['term', 'definition', 'service', 'acronym', 'examples', 'not', 'match'])
      assert.ok(kinds.has(k), k);
    for (const q of items.filter(i => i.id.includes('#gen-service'))) {
      assert.ok(
        q.type === 'single' && q.choices.every(c => /^(Amazon|AWS) /.test(c)),
        `${q.id}: every option is an AWS service`,
      );
    }
  });

  it('no generated question breaks a lint rule, and an acronym question offers expansions with the same initials', () => {
    const byName = conceptsByName(kb.concepts);
    const broken = items.filter(i => i.source === 'generated').filter(i => lintItem(i, byName).length);
    assert.deepEqual(
      broken.map(i => i.id),
      [],
    );
    for (const q of items.filter(i => i.id.endsWith('#gen-acronym'))) {
      assert.ok(q.type === 'single');
      const acronym = /\*\*(.+?)\*\*/.exec(q.question)![1];
      for (const c of q.choices) assert.ok(isAcronymOf(acronym, c), `${c} spells ${acronym}`);
    }
  });

  it('property: no generated question of a generated 3,000-concept base breaks a lint rule', () => {
    const files = generatedNotes(3000);
    const big = createKnowledgeBase(undefined, [{ files, options: { origin: 'user' } }]);
    const byName = conceptsByName(big.concepts);
    const generation = generateQuizItems(big);
    const gen = generation.items.filter(i => i.source === 'generated');
    assert.ok(gen.length >= 3000, `${gen.length} generated`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: gen.length - 1 }), i => lintItem(gen[i], byName).length === 0),
      { numRuns: 2000 },
    );
    console.log(`      3,000 concepts: ${gen.length} generated, dropped by rule ${JSON.stringify(generation.dropped)}`);
  });
});

describe("hiding a concept's names in generated questions", () => {
  /** The whole-word, case-insensitive, optionally plural match, as a regular expression. */
  const byRegex = (text: string, name: string) =>
    text.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu'),
      '___',
    );
  it('property: the scan replaces exactly what the regular expression does', () => {
    const names = ['RAG', 'token', 'fine-tuning', 'C++', 'k-NN', 'Näive', 'LLM', 'bias', 'box'];
    const piece = fc.oneof(
      fc.constantFrom(
        ...names,
        ...names.map(n => n.toUpperCase()),
        's',
        'es',
        'ES',
        'x',
        '1',
        ' ',
        '-',
        '_',
        '.',
        'é',
        '日',
        '𝐀',
        '\u0301',
        "'s",
      ),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }).map(p => p.join('')),
        fc.constantFrom(...names),
        (text, name) => {
          assert.equal(hideWord(text, name), byRegex(text, name), JSON.stringify({ text, name }));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('quiz scoring', () => {
  const random = seeded(42);
  it('single: only the right choice scores', () => {
    const p = present(item({ type: 'single', choices: ['a', 'b', 'c', 'd'], answer: 2 }), random);
    assert.equal(p.type, 'single');
    if (p.type !== 'single') return;
    const right = p.choices.indexOf('c');
    assert.ok(isCorrect(p, { type: 'single', picked: [right] }));
    assert.ok(!isCorrect(p, { type: 'single', picked: [(right + 1) % 4] }));
    assert.ok(!isCorrect(p, { type: 'single', picked: [] }));
  });
  it('multiple: all-or-nothing, as the exam scores it', () => {
    const p = present(item({ type: 'multiple', choices: ['a', 'b', 'c', 'd', 'e'], answer: [0, 3] }), random);
    if (p.type !== 'multiple') return assert.fail();
    const a = p.choices.indexOf('a');
    const d = p.choices.indexOf('d');
    const b = p.choices.indexOf('b');
    assert.ok(isCorrect(p, { type: 'multiple', picked: [d, a] }));
    assert.ok(!isCorrect(p, { type: 'multiple', picked: [a] }));
    assert.ok(!isCorrect(p, { type: 'multiple', picked: [a, d, b] }));
  });
  it('ordering: the shown items must be put back in the right order, and are never shown solved', () => {
    for (let seed = 0; seed < 50; seed++) {
      const p = present(item({ type: 'ordering', items: ['one', 'two', 'three'] }), seeded(seed));
      if (p.type !== 'ordering') return assert.fail();
      assert.notDeepEqual(p.items, ['one', 'two', 'three']);
      const order = ['one', 'two', 'three'].map(t => p.items.indexOf(t));
      assert.ok(isCorrect(p, { type: 'ordering', order }));
      assert.ok(!isCorrect(p, { type: 'ordering', order: [...order].reverse() }));
    }
  });
  it('matching: every left item must get its own right item', () => {
    const p = present(
      item({
        type: 'matching',
        pairs: [
          ['x', '1'],
          ['y', '2'],
          ['z', '3'],
        ],
      }),
      random,
    );
    if (p.type !== 'matching') return assert.fail();
    const want: Record<string, string> = { x: '1', y: '2', z: '3' };
    const matches = p.left.map(l => p.right.indexOf(want[l]));
    assert.ok(isCorrect(p, { type: 'matching', matches }));
    assert.ok(!isCorrect(p, { type: 'matching', matches: [matches[1], matches[0], matches[2]] }));
  });
  it('property: any response to any item scores as a boolean, and a wrong-typed one is wrong', () => {
    const items = quizItems(bundledKb());
    const response = fc.oneof(
      fc.record({
        type: fc.constantFrom('single', 'multiple'),
        picked: fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 6 }),
      }),
      fc.record({ type: fc.constant('ordering'), order: fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 8 }) }),
      fc.record({
        type: fc.constant('matching'),
        matches: fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 8 }),
      }),
    ) as fc.Arbitrary<Response>;
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.nat(), response, (i, seed, r) => {
        const p = present(items[i], seeded(seed));
        const ok = isCorrect(p, r);
        assert.equal(typeof ok, 'boolean');
        if ((p.type === 'ordering' || p.type === 'matching') && r.type !== p.type) assert.equal(ok, false);
      }),
      { numRuns: 5000 },
    );
  });

  /** The right answer to a presentation, as the webview would send it. */
  const rightAnswer = (p: Presentation): Response =>
    p.type === 'ordering'
      ? { type: 'ordering', order: p.rightOrder }
      : p.type === 'matching'
        ? { type: 'matching', matches: p.rightFor }
        : { type: p.type, picked: p.correct };

  it('property: a response of any shape never throws, and only the right answer scores', () => {
    const items = quizItems(bundledKb());
    const list = fc.oneof(
      fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 8 }),
      fc.anything(),
      fc.constantFrom('012', { length: 2, 0: 0, 1: 1 }, [NaN, Infinity], [0.5, 1], [null], ['0', '1']),
    );
    const junk = fc.oneof(
      fc.anything(),
      fc.record(
        {
          type: fc.constantFrom('single', 'multiple', 'ordering', 'matching', 'other', '__proto__'),
          picked: list,
          order: list,
          matches: list,
        },
        { requiredKeys: ['type'] },
      ),
      fc.constantFrom(
        null,
        undefined,
        0,
        '',
        'single',
        [],
        {},
        { type: 'single' },
        { type: 'ordering', order: null },
        Object.create(null),
      ),
    );
    fc.assert(
      fc.property(fc.nat(items.length - 1), fc.nat(), junk, (i, seed, r) => {
        const p = present(items[i], seeded(seed));
        const right = rightAnswer(p);
        assert.equal(isCorrect(p, right), true);
        const ok = isCorrect(p, r as Response);
        assert.equal(typeof ok, 'boolean');
        if (ok) {
          const given = r as Record<string, unknown>;
          const key = p.type === 'ordering' ? 'order' : p.type === 'matching' ? 'matches' : 'picked';
          const want = (right as unknown as Record<string, readonly number[]>)[key];
          if (key === 'picked') assert.deepEqual([...new Set(given.picked as number[])].sort(), [...want].sort());
          else assert.deepEqual(given[key], want);
        }
        if (p.type === 'ordering' || p.type === 'matching') {
          const holed = [...(p.type === 'ordering' ? p.rightOrder : p.rightFor)];
          delete holed[1];
          assert.equal(
            isCorrect(
              p,
              p.type === 'ordering' ? { type: 'ordering', order: holed } : { type: 'matching', matches: holed },
            ),
            false,
            'a hole is no answer',
          );
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('property: a session never throws on wrong or malformed answers, answers each question at most once, and scores from 0 to the number of questions', () => {
    const pool = quizItems(bundledKb());
    const indexes = (n: number) => fc.array(fc.nat(63), { maxLength: n });
    const response = fc.oneof(
      fc.record({ type: fc.constantFrom('single' as const, 'multiple' as const), picked: indexes(8) }),
      fc.record({ type: fc.constant('ordering' as const), order: indexes(10) }),
      fc.record({ type: fc.constant('matching' as const), matches: indexes(8) }),
    );
    const step = fc.oneof(
      fc.record({ answer: response, ms: fc.nat(600_000) }),
      fc.constantFrom('next', 'current', 'right'),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.nat(),
        fc.array(step, { maxLength: 40 }),
        (count, seed, steps) => {
          const items = QuizSession.draw(pool, count, seeded(seed));
          const s = new QuizSession(items, seeded(seed + 1));
          let rightGiven = 0;
          for (const st of steps) {
            const pos = s.position;
            const open = !s.done && s.results.length === pos;
            if (st === 'next') {
              const answered = s.results.length > pos;
              assert.equal(s.next(), answered, 'moves on only after an answer');
              assert.equal(s.position, pos + (answered ? 1 : 0));
              continue;
            }
            if (st === 'current') {
              assert.equal(s.current()?.item, items[pos]);
              continue;
            }
            const r =
              st === 'right'
                ? s.current()
                  ? rightAnswer(s.current()!.presentation)
                  : { type: 'single' as const, picked: [0] }
                : st.answer;
            const result = s.answer(r, st === 'right' ? 1000 : st.ms);
            if (!open) assert.equal(result, undefined, 'a question is answered once');
            else {
              assert.equal(result?.item, items[pos]);
              if (st === 'right') {
                assert.equal(result?.correct, true);
                rightGiven++;
              }
            }
            assert.equal(s.position, pos);
          }
          const score = s.results.filter(x => x.correct).length;
          assert.ok(
            s.results.length <= s.total &&
              s.position <= s.total &&
              s.results.length - s.position <= 1 &&
              s.results.length >= s.position,
          );
          assert.ok(score >= rightGiven && score <= s.results.length);
          s.results.forEach((x, k) => assert.equal(x.item, items[k]));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('quiz session', () => {
  it('answers each item once, in order, and only moves on after an answer', () => {
    const items = [
      item({ id: 'a', type: 'single', choices: ['x', 'y'], answer: 0 }),
      item({ id: 'b', type: 'single', choices: ['x', 'y'], answer: 1 }),
    ];
    const s = new QuizSession(items, seeded(1));
    assert.equal(s.next(), false, 'cannot skip an unanswered item');
    const cur = s.current()!;
    if (cur.presentation.type !== 'single') return assert.fail();
    const r = s.answer({ type: 'single', picked: [cur.presentation.correct[0]] }, 1000)!;
    assert.equal(r.correct, true);
    assert.equal(s.answer({ type: 'single', picked: [0] }, 1), undefined, 'a second answer is ignored');
    assert.ok(s.next());
    assert.equal(s.current()!.item.id, 'b');
    s.answer({ type: 'single', picked: [] }, 5);
    s.next();
    assert.ok(s.done);
    assert.deepEqual(
      s.results.map(x => x.correct),
      [true, false],
    );
  });
});

describe('quiz webview messages', () => {
  it('accepts the protocol and rejects anything else', () => {
    assert.ok(isFromQuizWebview({ type: 'answer', token: 't', answer: { type: 'single', picked: [1] }, ms: 10 }));
    assert.ok(isFromQuizWebview({ type: 'ready' }));
    for (const bad of [
      null,
      1,
      'ready',
      [],
      {},
      { type: 'answer' },
      { type: 'answer', token: 't', answer: { type: 'single', picked: ['1'] }, ms: 1 },
      { type: 'answer', token: 't', answer: { type: 'single', picked: [1] }, ms: -1 },
      { type: 'openConcept', id: '' },
      { type: 'start', mode: 'x' },
      { type: '__proto__' },
    ]) {
      assert.equal(isFromQuizWebview(bad), false, JSON.stringify(bad));
    }
  });
  it('property: random messages never crash the guard', () => {
    fc.assert(
      fc.property(fc.anything(), m => {
        assert.equal(typeof isFromQuizWebview(m), 'boolean');
      }),
      { numRuns: 5000 },
    );
  });
});
