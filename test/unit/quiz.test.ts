import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { QuizSession, isCorrect, neighbours, present, quizItems, type QuizItem, type Response } from '../../src/core';
import { isFromQuizWebview } from '../../src/protocolGuards';
import { bundledKb } from './helpers';

/** A seeded random source, so shuffles are repeatable. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const item = (i: Partial<QuizItem> & Pick<QuizItem, 'type'>): QuizItem => ({ id: 'x#1', conceptId: 'x', source: 'authored', question: 'Q', explanation: 'E', ...i } as QuizItem);

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
      assert.ok(q.type === 'single');
      assert.ok(q.answer >= 0 && q.answer < q.choices.length);
      assert.equal(new Set(q.choices.map(c => c.toLowerCase())).size, q.choices.length, q.id);
      if (q.id.endsWith('gen-term')) {
        const concept = kb.concept(q.conceptId)!;
        const near = new Set(neighbours(kb, concept).map(n => n.title));
        for (const [i, choice] of q.choices.entries()) if (i !== q.answer) assert.ok(near.has(choice), `${choice} is a neighbour of ${concept.id}`);
        assert.ok(!concept.aliases.some(a => q.choices.includes(a)), 'never the same concept under another name');
      }
    }
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
    const p = present(item({ type: 'matching', pairs: [['x', '1'], ['y', '2'], ['z', '3']] }), random);
    if (p.type !== 'matching') return assert.fail();
    const want: Record<string, string> = { x: '1', y: '2', z: '3' };
    const matches = p.left.map(l => p.right.indexOf(want[l]));
    assert.ok(isCorrect(p, { type: 'matching', matches }));
    assert.ok(!isCorrect(p, { type: 'matching', matches: [matches[1], matches[0], matches[2]] }));
  });
  it('property: any response to any item scores as a boolean, and a wrong-typed one is wrong', () => {
    const items = quizItems(bundledKb());
    const response = fc.oneof(
      fc.record({ type: fc.constantFrom('single', 'multiple'), picked: fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 6 }) }),
      fc.record({ type: fc.constant('ordering'), order: fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 8 }) }),
      fc.record({ type: fc.constant('matching'), matches: fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 8 }) }),
    ) as fc.Arbitrary<Response>;
    fc.assert(fc.property(fc.nat(items.length - 1), fc.nat(), response, (i, seed, r) => {
      const p = present(items[i], seeded(seed));
      const ok = isCorrect(p, r);
      assert.equal(typeof ok, 'boolean');
      if ((p.type === 'ordering' || p.type === 'matching') && r.type !== p.type) assert.equal(ok, false);
    }), { numRuns: 5000 });
  });
});

describe('quiz session', () => {
  it('answers each item once, in order, and only moves on after an answer', () => {
    const items = [item({ id: 'a', type: 'single', choices: ['x', 'y'], answer: 0 }), item({ id: 'b', type: 'single', choices: ['x', 'y'], answer: 1 })];
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
    assert.deepEqual(s.results.map(x => x.correct), [true, false]);
  });
});

describe('quiz webview messages', () => {
  it('accepts the protocol and rejects anything else', () => {
    assert.ok(isFromQuizWebview({ type: 'answer', token: 't', answer: { type: 'single', picked: [1] }, ms: 10 }));
    assert.ok(isFromQuizWebview({ type: 'ready' }));
    for (const bad of [null, 1, 'ready', [], {}, { type: 'answer' }, { type: 'answer', token: 't', answer: { type: 'single', picked: ['1'] }, ms: 1 },
      { type: 'answer', token: 't', answer: { type: 'single', picked: [1] }, ms: -1 }, { type: 'openConcept', id: '' }, { type: 'start', mode: 'x' }, { type: '__proto__' }]) {
      assert.equal(isFromQuizWebview(bad), false, JSON.stringify(bad));
    }
  });
  it('property: random messages never crash the guard', () => {
    fc.assert(fc.property(fc.anything(), m => { assert.equal(typeof isFromQuizWebview(m), 'boolean'); }), { numRuns: 5000 });
  });
});
