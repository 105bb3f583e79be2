import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CONCEPT_GUARDS,
  QUIZ_GUARDS,
  READINESS_GUARDS,
  isFromConceptWebview,
  isFromQuizWebview,
  isFromReadinessWebview,
  isResponse as isAnswer,
  type FromConceptWebview,
  type FromQuizWebview,
  type FromReadinessWebview,
} from '../../src/protocol';

// A webview is a browser page: whatever it posts is checked by these guards before the extension
// acts on it. Messages arrive as JSON, so every case is also sent through a JSON round trip.

const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');
const index = fc.nat(63);
const indexes = fc.array(index, { maxLength: 64 });
const id = fc.string({ minLength: 1, maxLength: 200 });

/** The shapes of src/protocol.ts. */
const answer = fc.oneof(
  fc.record({ type: fc.constantFrom('single', 'multiple'), picked: indexes }),
  fc.record({ type: fc.constant('ordering'), order: indexes }),
  fc.record({ type: fc.constant('matching'), matches: indexes }),
);
/** Valid messages of every type, keyed like the guard table: a new message type fails to compile here. */
const validQuiz: { readonly [K in FromQuizWebview['type']]: fc.Arbitrary<unknown> } = {
  ready: fc.constant({ type: 'ready' }),
  next: fc.constant({ type: 'next' }),
  finish: fc.constant({ type: 'finish' }),
  start: fc.oneof(
    fc.record({ type: fc.constant('start'), mode: fc.constantFrom('quick', 'review') }),
    fc.record({
      type: fc.constant('start'),
      mode: fc.constant('exam'),
      count: fc.integer({ min: 1, max: 1000 }),
      timed: fc.boolean(),
    }),
  ),
  rate: fc.record({ type: fc.constant('rate'), token: id, rating: fc.constantFrom('knew', 'guessed') }),
  answer: fc.record({
    type: fc.constant('answer'),
    token: id,
    answer,
    ms: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e9, noNaN: true })),
  }),
  openConcept: fc.record({ type: fc.constant('openConcept'), id }),
  examGo: fc.record({ type: fc.constant('examGo'), token: id, index: fc.integer({ min: 0, max: 1000 }) }),
  examAnswer: fc.record({
    type: fc.constant('examAnswer'),
    token: id,
    index: fc.integer({ min: 0, max: 1000 }),
    answer,
    ms: fc.nat(),
  }),
  examFlag: fc.record({
    type: fc.constant('examFlag'),
    token: id,
    index: fc.integer({ min: 0, max: 1000 }),
    flagged: fc.boolean(),
  }),
  examSubmit: fc.record({ type: fc.constant('examSubmit'), token: id }),
};
const validConcept: { readonly [K in FromConceptWebview['type']]: fc.Arbitrary<unknown> } = {
  open: fc.record({ type: fc.constant('open'), id }),
  quiz: fc.record({ type: fc.constant('quiz'), id }),
};
/** Drawn from the guard table itself, so every guarded type is fuzzed. */
const fromQuiz = fc.oneof(...(Object.keys(QUIZ_GUARDS) as FromQuizWebview['type'][]).map(t => validQuiz[t]));
const fromConcept = fc.oneof(
  ...(Object.keys(CONCEPT_GUARDS) as FromConceptWebview['type'][]).map(t => validConcept[t]),
);

/** Values that are never a valid field of any of these messages. */
const badId = fc.constantFrom('', 'x'.repeat(201), 5, null, undefined, true, [], {}, ['id'], NaN);
/** A list with a hole where its second element was. */
const holed = (list: number[]) => {
  const copy = [...list];
  delete copy[1];
  return copy;
};
const badIndexes = fc.oneof(
  fc.constantFrom(
    '0',
    0,
    null,
    undefined,
    {},
    { length: 1, 0: 0 },
    [-1],
    [64],
    [1.5],
    [NaN],
    [Infinity],
    ['1'],
    [null],
    [true],
    [[1]],
    [{}],
    Array(3),
    holed([0, 1, 2]),
  ),
  fc.array(index, { minLength: 65, maxLength: 200 }),
  fc
    .tuple(indexes, fc.constantFrom(-1, 64, 0.5, NaN, -Infinity, Infinity, '2', null, undefined))
    .map(([list, bad]) => [...list, bad]),
);
const badMs = fc.constantFrom(NaN, Infinity, -Infinity, -1, -0.001, '5', null, undefined, {}, [1]);
const badIndex = fc.constantFrom(-1, 1001, 0.5, NaN, Infinity, '1', null, undefined, [], {});
const badMode = fc.constantFrom('', 'Quick', 'QUICK', 'review ', 1, null, undefined, {}, ['quick']);

/** A valid message with exactly one required field broken (or dropped). */
const brokenAnswer = fc.oneof(
  answer.chain(a =>
    badIndexes.map(bad => ({
      ...a,
      [a.type === 'ordering' ? 'order' : a.type === 'matching' ? 'matches' : 'picked']: bad,
    })),
  ),
  answer.chain(a =>
    fc
      .constantFrom('Single', '', null, 'other', a.type === 'ordering' ? 'matching' : 'ordering')
      .map(type => ({ ...a, type })),
  ),
  fc.constantFrom(null, undefined, 0, 'single', [], {}),
);
const brokenFromQuiz = fc.oneof(
  badMode.map(mode => ({ type: 'start', mode })),
  fc.record({ token: badId, answer, ms: fc.nat() }).map(m => ({ type: 'answer', ...m })),
  fc.record({ token: id, answer: brokenAnswer, ms: fc.nat() }).map(m => ({ type: 'answer', ...m })),
  fc.record({ token: id, answer, ms: badMs }).map(m => ({ type: 'answer', ...m })),
  badId.map(bad => ({ type: 'openConcept', id: bad })),
  badIndex.map(bad => ({ type: 'examGo', token: 't', index: bad })),
  badId.map(bad => ({ type: 'examGo', token: bad, index: 1 })),
  fc
    .record({ token: id, index: fc.nat(1000), answer: brokenAnswer, ms: fc.nat() })
    .map(m => ({ type: 'examAnswer', ...m })),
  fc.record({ token: id, index: badIndex, answer, ms: fc.nat() }).map(m => ({ type: 'examAnswer', ...m })),
  fc.record({ token: id, index: fc.nat(1000), answer, ms: badMs }).map(m => ({ type: 'examAnswer', ...m })),
  fc
    .record({ token: id, index: fc.nat(1000), flagged: fc.constantFrom('yes', 1, null, undefined) })
    .map(m => ({ type: 'examFlag', ...m })),
  badId.map(bad => ({ type: 'examSubmit', token: bad })),
  fc.constantFrom(
    { type: 'answer' },
    { type: 'openConcept' },
    { type: 'start' },
    { type: 'READY' },
    { type: ' next' },
    { type: '__proto__' },
    { type: 'constructor' },
    { type: 'toString' },
  ),
);
const brokenFromConcept = fc.oneof(
  badId.map(bad => ({ type: 'open', id: bad })),
  fc.record({ type: fc.constantFrom('Open', '', 'quiz ', 'opens', 'openConcept', null), id }),
);
const notAnObject = fc.oneof(
  fc.constantFrom(null, undefined, 0, NaN, Infinity, '', 'ready', true),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.string(),
);

/** Objects with keys that pollute prototypes when copied carelessly, parsed from JSON as a webview's would be. */
const pollution = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom('ready', 'open', 'answer'),
    fc.anything({ maxDepth: 2 }),
  )
  .map(
    ([key, type, junk]) =>
      JSON.parse(
        `{"${key}": {"type": "${type}", "id": "x", "polluted": true, "prototype": {"polluted": true}}, "junk": ${JSON.stringify(junk) ?? 'null'}}`,
      ) as unknown,
  );

/** Answers the guard accepts must be ones of the protocol (for the message types this test knows). */
function knownQuizMessageIsValid(v: Record<string, unknown>): boolean | undefined {
  const isIndexes = (x: unknown) =>
    Array.isArray(x) && x.length <= 64 && Array.from(x).every(i => Number.isInteger(i) && i >= 0 && i < 64);
  const isAnswerShape = (a: unknown) => {
    if (typeof a !== 'object' || a === null) return false;
    const r = a as Record<string, unknown>;
    return r.type === 'single' || r.type === 'multiple'
      ? isIndexes(r.picked)
      : r.type === 'ordering'
        ? isIndexes(r.order)
        : r.type === 'matching'
          ? isIndexes(r.matches)
          : false;
  };
  const isIndex = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 1000;
  const isIdShape = (x: unknown) => typeof x === 'string' && x.length >= 1 && x.length <= 200;
  switch (v.type) {
    case 'ready':
    case 'next':
    case 'finish':
      return true;
    case 'start':
      return (
        v.mode === 'quick' ||
        v.mode === 'review' ||
        (v.mode === 'exam' &&
          Number.isInteger(v.count) &&
          (v.count as number) >= 1 &&
          (v.count as number) <= 1000 &&
          typeof v.timed === 'boolean')
      );
    case 'rate':
      return isIdShape(v.token) && (v.rating === 'knew' || v.rating === 'guessed');
    case 'answer':
      return (
        isIdShape(v.token) && isAnswerShape(v.answer) && typeof v.ms === 'number' && Number.isFinite(v.ms) && v.ms >= 0
      );
    case 'openConcept':
      return isIdShape(v.id);
    case 'examGo':
      return isIdShape(v.token) && isIndex(v.index);
    case 'examAnswer':
      return (
        isIdShape(v.token) &&
        isIndex(v.index) &&
        isAnswerShape(v.answer) &&
        typeof v.ms === 'number' &&
        Number.isFinite(v.ms) &&
        v.ms >= 0
      );
    case 'examFlag':
      return isIdShape(v.token) && isIndex(v.index) && typeof v.flagged === 'boolean';
    case 'examSubmit':
      return isIdShape(v.token);
    default:
      return undefined; // a message type this test does not know
  }
}

describe('webview messages', () => {
  it('property: every message of the protocol is accepted, also after a JSON round trip', () => {
    fc.assert(
      fc.property(fromQuiz, fromConcept, (q, c) => {
        assert.ok(isFromQuizWebview(q) && isFromQuizWebview(json(q)), JSON.stringify(q));
        assert.ok(isFromConceptWebview(c) && isFromConceptWebview(json(c)), JSON.stringify(c));
        if (q.type === 'answer') assert.ok(isAnswer(q.answer));
        assert.ok(!isFromConceptWebview(q) && !isFromQuizWebview(c), 'each webview has its own messages');
      }),
      { numRuns: 5000 },
    );
  });

  it('property: a message with one field broken or missing is rejected', () => {
    fc.assert(
      fc.property(brokenFromQuiz, brokenFromConcept, brokenAnswer, (q, c, a) => {
        assert.equal(isFromQuizWebview(q), false, JSON.stringify(q));
        assert.equal(isFromConceptWebview(c), false, JSON.stringify(c));
        assert.equal(isAnswer(a), false, JSON.stringify(a));
      }),
      { numRuns: 5000 },
    );
  });

  it('property: random values, prototype-pollution keys, NaN and Infinity never make a guard throw, accept only valid shapes, and pollute nothing', () => {
    const value = fc.oneof(
      fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
      fc.jsonValue().map(json),
      notAnObject,
      pollution,
      fc.record(
        {
          type: fc.constantFrom(
            'ready',
            'next',
            'finish',
            'start',
            'rate',
            'answer',
            'openConcept',
            'open',
            'quiz',
            'examGo',
            'examAnswer',
            'examFlag',
            'examSubmit',
          ),
          index: fc.anything(),
          flagged: fc.anything(),
          mode: fc.anything(),
          count: fc.anything(),
          timed: fc.anything(),
          rating: fc.anything(),
          token: fc.anything(),
          answer: fc.oneof(answer, fc.anything()),
          ms: fc.oneof(fc.double(), fc.anything()),
          id: fc.anything(),
        },
        { requiredKeys: ['type'] },
      ),
    );
    fc.assert(
      fc.property(value, v => {
        const quiz = isFromQuizWebview(v);
        const concept = isFromConceptWebview(v);
        assert.equal(typeof quiz, 'boolean');
        assert.equal(typeof isAnswer(v), 'boolean');
        if (quiz) assert.notEqual(knownQuizMessageIsValid(v as Record<string, unknown>), false, JSON.stringify(v));
        if (concept) {
          const m = v as Record<string, unknown>;
          assert.ok(
            (m.type === 'open' || m.type === 'quiz') &&
              typeof m.id === 'string' &&
              m.id.length >= 1 &&
              m.id.length <= 200,
          );
        }
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
        assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'type'), false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('a huge array is rejected at once', () => {
    const huge = Array.from({ length: 1_000_000 }, () => 0);
    const t = performance.now();
    assert.equal(
      isFromQuizWebview({ type: 'answer', token: 't', answer: { type: 'ordering', order: huge }, ms: 1 }),
      false,
    );
    assert.equal(isAnswer({ type: 'single', picked: huge }), false);
    assert.ok(performance.now() - t < 5, `${performance.now() - t} ms`);
  });
});

const skill = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom(...'abcdefghz'))
  .map(([d, t, s]) => `${d}.${t}.${s}`);
const isoDay = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map(d => d.toISOString().slice(0, 10));
const validReadiness: { readonly [K in FromReadinessWebview['type']]: fc.Arbitrary<unknown> } = {
  ready: fc.constant({ type: 'ready' }),
  setExamDate: fc.record({ type: fc.constant('setExamDate'), date: fc.oneof(fc.constant(''), isoDay) }),
  studySkills: fc.record({
    type: fc.constant('studySkills'),
    skills: fc.array(skill, { minLength: 1, maxLength: 20 }),
  }),
  openConcept: fc.record({ type: fc.constant('openConcept'), id }),
};
const readinessTypes = Object.keys(READINESS_GUARDS) as FromReadinessWebview['type'][];
const fromReadiness = fc.oneof(...readinessTypes.map(t => validReadiness[t]));
const brokenFromReadiness = fc.oneof(
  fc
    .constantFrom('tomorrow', '2026-1-2', '2026-01-02T00:00', 20260102, null, undefined, [])
    .map(date => ({ type: 'setExamDate', date })),
  fc
    .constantFrom([], ['1.1'], ['x.1.a'], ['1.1.A'], [1], 'skills', null, Array(21).fill('1.1.a'))
    .map(skills => ({ type: 'studySkills', skills })),
  badId.map(bad => ({ type: 'openConcept', id: bad })),
  fc.constantFrom(
    { type: 'setExamDate' },
    { type: 'studySkills' },
    { type: 'open', id: 'x' },
    { type: 'start', mode: 'quick' },
  ),
);

describe('readiness view messages', () => {
  it('property: every message of the readiness view is accepted, also after a JSON round trip', () => {
    fc.assert(
      fc.property(fromReadiness, m => {
        assert.ok(isFromReadinessWebview(m) && isFromReadinessWebview(json(m)), JSON.stringify(m));
      }),
      { numRuns: 2000 },
    );
  });
  it('property: a message with one field broken or missing is rejected', () => {
    fc.assert(
      fc.property(brokenFromReadiness, m => assert.equal(isFromReadinessWebview(m), false, JSON.stringify(m))),
      { numRuns: 2000 },
    );
  });
});
