import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  EXAM_DOMAINS,
  GUIDE_DOMAINS,
  examSkill,
  QuizSession,
  drawExam,
  examMinutes,
  examReport,
  present,
  quizItems,
  recordAnswer,
  rerateAnswer,
  responseLines,
  emptyProgress,
  itemState,
  type QuizItem,
} from '../../src/core';
import { isFromQuizWebview } from '../../src/protocol';
import { bundledKb } from './helpers';

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const kb = bundledKb();
const items = quizItems(kb);
const rootOf = (i: QuizItem) => kb.rootTopicOf(kb.concept(i.conceptId)!)!.id;

/** The right response to the current item of a session. */
function rightResponse(s: QuizSession) {
  const p = s.current()!.presentation;
  return p.type === 'ordering'
    ? { type: p.type, order: [...p.rightOrder] }
    : p.type === 'matching'
      ? { type: p.type, matches: [...p.rightFor] }
      : { type: p.type, picked: [...p.correct] };
}

describe('mock exam: drawing questions', () => {
  it('draws exactly N distinct items (65 by default elsewhere), capped by the pool', () => {
    for (const n of [1, 5, 65, 200]) {
      const drawn = drawExam(items, n, rootOf, seeded(n));
      assert.equal(drawn.length, n);
      assert.equal(new Set(drawn.map(i => i.id)).size, n);
    }
    assert.equal(drawExam(items, items.length + 50, rootOf, seeded(3)).length, items.length);
    assert.equal(drawExam(items, 0, rootOf).length, 0);
    assert.equal(drawExam([], 65, rootOf).length, 0);
  });

  it('spreads questions across every topic and prefers one per concept, authored first', () => {
    const topics = new Set(items.map(rootOf));
    const drawn = drawExam(items, 65, rootOf, seeded(7));
    const perTopic = new Map<string, number>();
    for (const i of drawn) perTopic.set(rootOf(i), (perTopic.get(rootOf(i)) ?? 0) + 1);
    assert.equal(perTopic.size, topics.size, 'every topic is asked');
    const counts = [...perTopic.values()];
    assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `balanced: ${counts.join(', ')}`);
    for (const [topic, asked] of perTopic) {
      const concepts = new Set(items.filter(i => rootOf(i) === topic).map(i => i.conceptId)).size;
      const distinct = new Set(drawn.filter(i => rootOf(i) === topic).map(i => i.conceptId)).size;
      assert.equal(
        distinct,
        Math.min(asked, concepts),
        `${topic}: a concept is asked twice only once every concept was asked`,
      );
    }
    assert.ok(drawn.filter(i => i.source === 'authored').length >= 60, 'authored questions come first');
  });

  it('property: never duplicates, never invents items, any N', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 900 }), fc.nat(), (n, seed) => {
        const drawn = drawExam(items, n, rootOf, seeded(seed));
        assert.equal(drawn.length, Math.max(0, Math.min(n, items.length)));
        assert.equal(new Set(drawn).size, drawn.length);
        for (const i of drawn) assert.ok(items.includes(i));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the real exam's pace: 90 minutes for 65 questions", () => {
    assert.equal(examMinutes(65), 90);
    assert.equal(examMinutes(10), 14);
    assert.equal(examMinutes(1), 2);
  });
});

describe('mock exam: score report', () => {
  it('scores overall, per topic and per exam domain, and lists wrong and skipped answers', () => {
    const drawn = drawExam(items, 12, rootOf, seeded(11));
    const s = new QuizSession(drawn, seeded(12));
    const rightAt = new Set([0, 2, 3, 7]);
    for (let k = 0; k < 9; k++) {
      s.answer(rightAt.has(k) ? rightResponse(s) : { type: 'single', picked: [] }, 1000);
      s.next();
    }
    s.finish(); // three left unanswered
    assert.ok(s.done);
    const r = examReport(kb, s.results);
    assert.equal(r.total, 12);
    assert.equal(r.correct, 4);
    assert.equal(r.skipped, 3);
    assert.equal(r.wrong.length, 8);
    assert.equal(
      r.byTopic.reduce((n, t) => n + t.total, 0),
      12,
    );
    assert.equal(
      r.byTopic.reduce((n, t) => n + t.correct, 0),
      4,
    );
    assert.equal(
      r.byDomain.reduce((n, t) => n + t.total, 0),
      12,
    );
    for (const d of r.byDomain) assert.match(d.label, /^Domain [1-5]: |^No exam domain$/);
    const domainOf = (i: QuizItem) => i.domain ?? kb.concept(i.conceptId)?.exam?.domain;
    for (const [n, name] of Object.entries(EXAM_DOMAINS)) {
      const asked = drawn.filter(i => domainOf(i) === Number(n)).length;
      const line = r.byDomain.find(d => d.label.endsWith(name));
      assert.equal(line?.total ?? 0, asked);
      if (line) assert.equal(line.weight, GUIDE_DOMAINS.find(g => g.domain === Number(n))?.weight);
    }
    const skills = new Set(drawn.map(i => i.skill).filter(Boolean));
    assert.equal(r.bySkill.length, skills.size);
    for (const line of r.bySkill) {
      const id = line.label.split(' ')[0];
      assert.ok(examSkill(id), line.label);
      assert.equal(line.total, drawn.filter(i => i.skill === id).length);
      assert.equal(line.correct, s.results.filter(a => a.correct && a.item.skill === id).length);
    }
    for (const w of r.wrong.filter(x => x.skipped)) {
      assert.deepEqual(w.given, []);
      assert.ok(w.solution.length > 0);
    }
  });
});

describe('quiz session: snapshot and restore', () => {
  it('a restored session continues where the saved one stopped, with its answers', () => {
    const drawn = drawExam(items, 5, rootOf, seeded(5));
    const s = new QuizSession(drawn, seeded(6));
    s.answer(rightResponse(s), 500);
    s.next();
    s.answer({ type: 'single', picked: [] }, 700);
    const saved = JSON.parse(JSON.stringify(s.snapshot()));
    const byId = new Map(items.map(i => [i.id, i]));
    const back = QuizSession.restore(saved, id => byId.get(id))!;
    assert.ok(back);
    assert.equal(back.position, 1);
    assert.equal(back.answeredCurrent, true);
    assert.deepEqual(
      back.results.map(r => [r.item.id, r.correct, r.ms]),
      s.results.map(r => [r.item.id, r.correct, r.ms]),
    );
    assert.ok(back.next());
    assert.equal(back.current()!.item.id, drawn[2].id);
  });

  it('drops a snapshot that does not fit instead of half-using it', () => {
    const byId = new Map(items.map(i => [i.id, i]));
    const good = new QuizSession(items.slice(0, 3)).snapshot();
    for (const bad of [
      undefined,
      null,
      42,
      'x',
      {},
      { ...good, itemIds: [] },
      { ...good, itemIds: ['missing#1'] },
      { ...good, index: 7 },
      { ...good, index: -1 },
      { ...good, answered: [{ itemId: 'other', correct: true, ms: 1, given: [], solution: [] }] },
      { ...good, answered: [{ itemId: good.itemIds[0], correct: 'yes', ms: 1, given: [], solution: [] }] },
    ]) {
      assert.equal(
        QuizSession.restore(bad, id => byId.get(id)),
        undefined,
        JSON.stringify(bad),
      );
    }
    fc.assert(
      fc.property(fc.anything(), v => {
        assert.equal(
          QuizSession.restore(v, id => byId.get(id)),
          undefined,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("the learner's answer reads back as text for the review", () => {
    const p = present(
      {
        id: 'q',
        conceptId: 'c',
        source: 'authored',
        type: 'multiple',
        question: 'Q',
        explanation: 'E',
        choices: ['a', 'b', 'c', 'd'],
        answer: [0, 1],
      },
      seeded(1),
    );
    if (p.type !== 'multiple') return assert.fail();
    assert.deepEqual(responseLines(p, { type: 'multiple', picked: [p.choices.indexOf('c'), 99, -1] }), ['c']);
  });
});

describe('progress: "I knew it / I guessed"', () => {
  it('re-rates the latest answer from the state before it, keeping the count and the time', () => {
    const now = new Date('2026-01-10T10:00:00Z');
    const first = recordAnswer(emptyProgress(), { itemId: 'a#1', conceptId: 'a', correct: true, ms: 15_000, now });
    const prior = itemState(first, 'a#1');
    const later = new Date('2026-01-13T10:00:00Z');
    const answer = { itemId: 'a#1', conceptId: 'a', correct: true, ms: 15_000, now: later };
    const timed = recordAnswer(first, answer); // Good by timing
    const knew = rerateAnswer(timed, prior, answer, 'knew');
    const guessed = rerateAnswer(timed, prior, answer, 'guessed');
    for (const d of [knew, guessed]) {
      assert.equal(itemState(d, 'a#1')!.seen, 2, 'the answer is not counted twice');
      assert.equal(itemState(d, 'a#1')!.lastAnswer, later.toISOString());
    }
    const due = (d: typeof timed) => Date.parse(itemState(d, 'a#1')!.card.due);
    assert.ok(due(knew) > due(timed), 'knew it puts the item off further than the timing rule');
    assert.ok(due(guessed) < due(timed), 'a guess brings it back sooner');
    const fresh = rerateAnswer(first, undefined, { ...answer, now }, 'knew');
    assert.equal(itemState(fresh, 'a#1')!.seen, 1);
  });
});

describe('quiz webview messages: modes', () => {
  it('accepts mock exams, ratings and finishing, and rejects bad values', () => {
    assert.ok(isFromQuizWebview({ type: 'start', mode: 'exam', count: 65, timed: true }));
    assert.ok(isFromQuizWebview({ type: 'rate', token: 't', rating: 'knew' }));
    assert.ok(isFromQuizWebview({ type: 'finish' }));
    for (const bad of [
      { type: 'start', mode: 'exam' },
      { type: 'start', mode: 'exam', count: 0, timed: false },
      { type: 'start', mode: 'exam', count: 2.5, timed: false },
      { type: 'start', mode: 'exam', count: 1e9, timed: false },
      { type: 'start', mode: 'exam', count: 10, timed: 'yes' },
      { type: 'rate', token: 't', rating: 'sure' },
      { type: 'rate', rating: 'knew' },
    ]) {
      assert.equal(isFromQuizWebview(bad), false, JSON.stringify(bad));
    }
  });
});
