import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CardState,
  PROGRESS_KIND,
  Rating,
  dueCount,
  dueItems,
  emptyProgress,
  exportProgress,
  importProgress,
  itemState,
  mastery,
  mergeProgress,
  ratingFor,
  readProgress,
  recordAnswer,
  type Answer,
  type ProgressData,
} from '../../src/core';

/** An injected clock: a fixed start, moved on by hand. */
const T0 = new Date('2025-03-01T09:00:00.000Z');
const MIN = 60_000;
const DAY = 86_400_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

function answer(
  data: ProgressData,
  itemId: string,
  correct: boolean,
  now: Date,
  ms = 10_000,
  extra: Partial<Answer> = {},
): ProgressData {
  return recordAnswer(data, { itemId, conceptId: itemId.split('#')[0], correct, ms, now, ...extra });
}

const dueOf = (data: ProgressData, id: string) => Date.parse(itemState(data, id)!.card.due);

/** Answers `id` right each time it falls due, until its card is in Review with stability >= `days`. */
function studyUntil(data: ProgressData, id: string, days: number): { data: ProgressData; now: Date } {
  let now = T0;
  for (let i = 0; i < 20; i++) {
    data = answer(data, id, true, now);
    const s = itemState(data, id)!;
    now = new Date(s.card.due);
    if (s.card.state === CardState.Review && s.card.stability >= days) break;
  }
  return { data, now };
}

/** A version 2 store with a few items answered at different times. */
function sample(): ProgressData {
  let d = emptyProgress();
  d = answer(d, 'rag#1', true, T0);
  d = answer(d, 'rag#2', false, at(MIN));
  d = answer(d, 'rlhf#gen-term', true, at(2 * MIN), 3_000);
  return d;
}

describe('progress: rating an answer', () => {
  it('wrong is Again whatever the time or the self-rating', () => {
    for (const ms of [0, 1_000, 20_000, 90_000, NaN]) {
      assert.equal(ratingFor(false, ms), Rating.Again);
      assert.equal(ratingFor(false, ms, 'knew'), Rating.Again, 'a self-rating never upgrades a wrong answer');
      assert.equal(ratingFor(false, ms, 'guessed'), Rating.Again);
    }
  });
  it('right: fast is Easy, within 25 s Good, slower Hard', () => {
    assert.equal(ratingFor(true, 0), Rating.Easy);
    assert.equal(ratingFor(true, 7_999), Rating.Easy);
    assert.equal(ratingFor(true, 8_000), Rating.Good);
    assert.equal(ratingFor(true, 25_000), Rating.Good);
    assert.equal(ratingFor(true, 25_001), Rating.Hard);
    assert.equal(ratingFor(true, 600_000), Rating.Hard);
    assert.equal(ratingFor(true, NaN), Rating.Good, 'an unknown time counts as Good');
    assert.equal(ratingFor(true, -5), Rating.Good);
  });
  it('the self-rating replaces the timing rule for a right answer', () => {
    assert.equal(ratingFor(true, 60_000, 'knew'), Rating.Easy);
    assert.equal(ratingFor(true, 1_000, 'guessed'), Rating.Hard);
  });
  it('property: a slower right answer never rates higher', () => {
    fc.assert(
      fc.property(fc.nat(10 * MIN), fc.nat(10 * MIN), (x, y) => {
        const [fast, slow] = x <= y ? [x, y] : [y, x];
        assert.ok(ratingFor(true, slow) <= ratingFor(true, fast));
        assert.ok(ratingFor(true, slow) > ratingFor(false, fast));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('progress: scheduling with FSRS', () => {
  it('a right answer puts the item off; a wrong one brings it back within minutes', () => {
    const right = answer(emptyProgress(), 'a#1', true, T0, 3_000);
    const wrong = answer(emptyProgress(), 'a#1', false, T0);
    assert.ok(dueOf(right, 'a#1') >= T0.getTime() + DAY, 'an easy first answer waits days');
    assert.ok(dueOf(wrong, 'a#1') > T0.getTime());
    assert.ok(dueOf(wrong, 'a#1') <= T0.getTime() + 10 * MIN);
    assert.ok(dueOf(right, 'a#1') > dueOf(wrong, 'a#1'));
  });
  it('counts answers, keeps the concept and the last result, and schedules deterministically', () => {
    let d = answer(emptyProgress(), 'a#1', true, T0);
    d = answer(d, 'a#1', false, at(20 * MIN));
    const s = itemState(d, 'a#1')!;
    assert.deepEqual(
      [s.seen, s.correct, s.lastCorrect, s.conceptId, s.lastAnswer],
      [2, 1, false, 'a', at(20 * MIN).toISOString()],
    );
    assert.equal(s.card.reps, 2);
    let again = answer(emptyProgress(), 'a#1', true, T0);
    again = answer(again, 'a#1', false, at(20 * MIN));
    assert.deepEqual(again, d, 'no fuzz: the same answers give the same schedule');
  });
  it('intervals grow while answers stay right, and a lapse makes the item due soon again', () => {
    let d = emptyProgress();
    let now = T0;
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      d = answer(d, 'a#1', true, now);
      gaps.push(dueOf(d, 'a#1') - now.getTime());
      now = new Date(dueOf(d, 'a#1'));
    }
    for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i] >= gaps[i - 1], `gap ${i} grows: ${gaps.join(', ')}`);
    const lapsed = answer(d, 'a#1', false, now);
    assert.ok(dueOf(lapsed, 'a#1') - now.getTime() <= 10 * MIN);
    assert.equal(itemState(lapsed, 'a#1')!.card.lapses, 1);
  });
  it('is pure, and stores plain JSON with no Date objects', () => {
    const before = sample();
    const copy = JSON.parse(JSON.stringify(before)) as ProgressData;
    const after = answer(before, 'rag#1', false, at(DAY));
    assert.deepEqual(before, copy, 'the input is unchanged');
    assert.notDeepEqual(after, before);
    assert.deepEqual(JSON.parse(JSON.stringify(after)), after);
  });
  it('a clock that went backwards counts as no time passed', () => {
    const d = answer(emptyProgress(), 'a#1', true, at(DAY));
    const back = answer(d, 'a#1', true, T0);
    assert.equal(itemState(back, 'a#1')!.lastAnswer, at(DAY).toISOString());
    assert.throws(() => answer(d, 'a#1', true, new Date(NaN)), RangeError);
  });
  it('lists due items most overdue first, and counts them', () => {
    let d = emptyProgress();
    d = answer(d, 'late#1', false, T0); // due about T0 + 1 min
    d = answer(d, 'later#1', false, at(5 * MIN)); // due about T0 + 6 min
    d = answer(d, 'easy#1', true, at(MIN), 2_000); // due in days
    assert.deepEqual(dueItems(d, T0), []);
    assert.deepEqual(dueItems(d, at(DAY / 2)), ['late#1', 'later#1']);
    assert.equal(dueCount(d, at(DAY / 2)), 2);
    assert.deepEqual(dueItems(d, at(100 * DAY)), ['late#1', 'later#1', 'easy#1']);
    assert.equal(dueCount(d, at(100 * DAY)), 3);
  });
  it('sums up mastery for a set of items', () => {
    let d = studyUntil(emptyProgress(), 'a#1', 21).data;
    d = answer(d, 'a#2', false, T0);
    d = answer(d, 'a#2', true, at(MIN));
    const m = mastery(d, ['a#1', 'a#2', 'a#3', 'a#1'], at(DAY));
    const a1 = itemState(d, 'a#1')!;
    assert.equal(m.total, 3, 'distinct ids');
    assert.equal(m.seen, 2);
    assert.equal(m.mastered, 1);
    assert.equal(m.due, 1, 'a#2 is due, a#1 is weeks away');
    assert.equal(m.correctRate, (a1.correct + 1) / (a1.seen + 2));
    assert.deepEqual(mastery(d, [], T0), { seen: 0, total: 0, correctRate: 0, due: 0, mastered: 0 });
    const young = studyUntil(emptyProgress(), 'b#1', 1).data;
    assert.equal(mastery(young, ['b#1'], T0).mastered, 0, 'a short interval is not mastery yet');
  });
});

describe('progress: reading what was stored', () => {
  const now = at(30 * DAY);

  it('nothing stored is empty progress, with no problem', () => {
    assert.deepEqual(readProgress(undefined, now), { data: emptyProgress() });
    assert.deepEqual(readProgress(null, now), { data: emptyProgress() });
  });
  it('reads the current version back unchanged', () => {
    const d = sample();
    assert.deepEqual(readProgress(JSON.parse(JSON.stringify(d)), now), { data: d });
  });
  it('migrates version 1 keeping the counts; migrated items are due, longest unseen first', () => {
    const v1 = {
      version: 1,
      items: {
        'rag#abc': { seen: 3, correct: 2, last: T0.getTime() },
        'rlhf#gen-term': { seen: 2, correct: 2, last: T0.getTime() - DAY },
        plain: { seen: 1, correct: 0, last: T0.getTime() + 100 * DAY },
      },
    };
    const r = readProgress(v1, now);
    assert.equal(r.problem, undefined);
    assert.equal(r.data.version, 2);
    const rag = itemState(r.data, 'rag#abc')!;
    assert.deepEqual(
      [rag.conceptId, rag.seen, rag.correct, rag.lastCorrect, rag.lastAnswer],
      ['rag', 3, 2, false, T0.toISOString()],
    );
    assert.equal(rag.card.state, CardState.New);
    assert.deepEqual(
      [itemState(r.data, 'rlhf#gen-term')!.conceptId, itemState(r.data, 'rlhf#gen-term')!.lastCorrect],
      ['rlhf', true],
    );
    assert.equal(itemState(r.data, 'plain')!.conceptId, 'plain');
    assert.deepEqual(dueItems(r.data, now), ['rlhf#gen-term', 'rag#abc', 'plain'], 'a time in the future is due now');
    const next = answer(r.data, 'rag#abc', true, now);
    assert.deepEqual([itemState(next, 'rag#abc')!.seen, itemState(next, 'rag#abc')!.correct], [4, 3]);
    assert.deepEqual(
      readProgress(JSON.parse(JSON.stringify(r.data)), now),
      { data: r.data },
      'migrated data is stable',
    );
  });
  it('junk gives empty progress and a problem that says what was wrong, never an exception', () => {
    const cases: [unknown, RegExp][] = [
      ['progress', /string/],
      [42, /number/],
      [[], /array/],
      [true, /boolean/],
      [{}, /version/],
      [{ version: '2', items: {} }, /version/],
      [{ version: 0, items: {} }, /version/],
      [{ version: 1.5, items: {} }, /version/],
      [{ version: 2 }, /item table/],
      [{ version: 2, items: [] }, /item table/],
      [{ version: 1, items: 'x' }, /item table/],
    ];
    const hostile = {
      version: 2,
      get items(): unknown {
        throw new Error('boom');
      },
    };
    cases.push(
      [hostile, /boom/],
      [
        {
          version: 2,
          items: new Proxy(
            {},
            {
              ownKeys() {
                throw new Error('trap');
              },
            },
          ),
        },
        /trap/,
      ],
    );
    for (const [i, [raw, message]] of cases.entries()) {
      const r = readProgress(raw, now);
      assert.deepEqual(r.data, emptyProgress(), `case ${i}`);
      assert.match(r.problem ?? '', message, `case ${i}`);
    }
  });
  it('a newer version is left alone: empty data, a problem and its version number', () => {
    const r = readProgress({ version: 3, items: { 'a#1': { whatever: true } } }, now);
    assert.deepEqual(r.data, emptyProgress());
    assert.equal(r.newerVersion, 3);
    assert.match(r.problem ?? '', /version 3.*newer/);
  });
  it('drops only the corrupt entries, keeps the good ones, and says how many were dropped', () => {
    const good = JSON.parse(JSON.stringify(sample())) as { version: 2; items: Record<string, Record<string, unknown>> };
    const base = good.items['rag#1'];
    const raw = {
      version: 2,
      items: {
        ...good.items,
        'bad#1': { ...base, seen: -1 },
        'bad#2': { ...base, correct: 99 },
        'bad#3': { ...base, card: { ...(base.card as object), due: 'soon' } },
        'bad#4': 'nope',
        'bad#5': { ...base, card: { ...(base.card as object), state: 2, stability: 0 } },
      },
    };
    const r = readProgress(raw, now);
    assert.deepEqual(r.data, { version: 2, items: sample().items }, 'the raw value has items only, no history');
    assert.match(r.problem ?? '', /Dropped 5 of 8 .*"bad#1": seen/);
    const v1 = readProgress(
      {
        version: 1,
        items: { 'ok#1': { seen: 1, correct: 1, last: 5 }, 'no#1': { seen: 1, correct: 1, last: 'yesterday' } },
      },
      now,
    );
    assert.deepEqual(Object.keys(v1.data.items), ['ok#1']);
    assert.match(v1.problem ?? '', /Dropped 1 of 2/);
  });
  it('an item id such as __proto__ is data, not a prototype', () => {
    const raw = JSON.parse(`{"version":2,"items":{"__proto__":${JSON.stringify(sample().items['rag#1'])}}}`) as unknown;
    const r = readProgress(raw, now);
    assert.equal(r.problem, undefined);
    assert.deepEqual(Object.keys(r.data.items), ['__proto__']);
    assert.equal(Object.getPrototypeOf(r.data.items), Object.prototype);
    assert.equal(itemState(r.data, 'constructor'), undefined);
    const d = answer(r.data, 'constructor', true, now);
    assert.deepEqual(Object.keys(d.items).sort(), ['__proto__', 'constructor']);
  });
});

describe('progress: merging and moving between machines', () => {
  it('keeps the state with the later last answer, whole, and adds nothing up', () => {
    const mine = answer(answer(emptyProgress(), 'a#1', true, T0), 'b#1', true, T0);
    const theirs = answer(answer(emptyProgress(), 'a#1', false, at(DAY)), 'c#1', true, T0);
    const m = mergeProgress(mine, theirs);
    assert.deepEqual(Object.keys(m.items).sort(), ['a#1', 'b#1', 'c#1']);
    assert.deepEqual(m.items['a#1'], theirs.items['a#1'], 'the later answer wins');
    assert.equal(m.items['a#1'].seen, 1, 'counts are not summed');
    assert.deepEqual(m.items['b#1'], mine.items['b#1']);
    assert.deepEqual(mergeProgress(theirs, mine).items['a#1'], theirs.items['a#1'], 'whichever side it is on');
    assert.deepEqual(mergeProgress(m, theirs), m, 'importing the same file twice changes nothing');
    assert.deepEqual(mergeProgress(mine, mine), mine);
    assert.deepEqual(mergeProgress(emptyProgress(), mine), mine);
  });
  it('export then import gives the same progress', () => {
    const d = sample();
    const text = exportProgress(d);
    assert.match(text, new RegExp(`"kind": "${PROGRESS_KIND}"`));
    assert.ok(text.includes('\n  "items"'), 'pretty printed');
    assert.deepEqual(importProgress(text, T0), { data: d });
    assert.deepEqual(importProgress(exportProgress(emptyProgress()), T0), { data: emptyProgress() });
  });
  it('import explains what is wrong with a file it cannot use', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['{"kind":', /not valid JSON/],
      ['[1,2]', /marker/],
      [JSON.stringify({ version: 2, items: {} }), /marker/],
      [JSON.stringify({ kind: 'other', version: 2, items: {} }), /marker/],
      [JSON.stringify({ kind: PROGRESS_KIND, version: 9, items: {} }), /newer version/],
      [JSON.stringify({ kind: PROGRESS_KIND, version: 2 }), /item table/],
      [JSON.stringify({ kind: PROGRESS_KIND, version: 2, items: { 'a#1': 1 } }), /Dropped 1 of 1/],
    ];
    for (const [text, message] of cases) {
      const r = importProgress(text, T0);
      assert.equal(r.data, undefined, text);
      assert.match(r.error ?? '', message, text);
    }
    const partial = JSON.parse(exportProgress(sample())) as { items: Record<string, unknown> };
    partial.items['bad#1'] = { seen: 'x' };
    const r = importProgress(JSON.stringify(partial), T0);
    assert.deepEqual(r.data, sample());
    assert.match(r.warning ?? '', /Dropped 1 of 4/);
  });
});

describe('progress: properties', () => {
  const date = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  });
  const id = fc.oneof(
    fc.constantFrom('a#1', 'a#2', 'b#gen-term', '__proto__', 'constructor', 'toString'),
    fc.string({ maxLength: 8 }),
  );
  const loose = fc.oneof(
    fc.integer({ min: -2, max: 40 }),
    fc.double(),
    fc.double({ min: 0, max: 40_000, noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom('2025-01-01T00:00:00.000Z', '1970-01-01', 'not a date', ''),
    date.map(d => d.toISOString()),
    fc.anything({ maxDepth: 1 }),
  );
  /** Mostly a valid value, sometimes junk, so both the happy path and every check get exercised. */
  const mostly = <T>(valid: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: loose, weight: 1 });
  const iso = date.map(d => d.toISOString());
  const card = fc.record({
    due: mostly(iso),
    stability: mostly(fc.double({ min: 0.001, max: 36_500, noNaN: true })),
    difficulty: mostly(fc.double({ min: 1, max: 10, noNaN: true })),
    elapsed_days: mostly(fc.nat(400)),
    scheduled_days: mostly(fc.nat(400)),
    learning_steps: mostly(fc.nat(3)),
    reps: mostly(fc.nat(50)),
    lapses: mostly(fc.nat(5)),
    state: mostly(fc.integer({ min: 0, max: 3 })),
    last_review: fc.oneof(iso, fc.constant(undefined), loose),
  });
  const entry = fc.oneof(
    {
      arbitrary: fc.record({
        conceptId: mostly(fc.constantFrom('a', 'b')),
        seen: mostly(fc.integer({ min: 5, max: 40 })),
        correct: mostly(fc.nat(5)),
        lastAnswer: mostly(iso),
        lastCorrect: mostly(fc.boolean()),
        card,
      }),
      weight: 4,
    },
    {
      arbitrary: fc.record({
        seen: mostly(fc.integer({ min: 5, max: 40 })),
        correct: mostly(fc.nat(5)),
        last: mostly(date.map(d => d.getTime())),
      }),
      weight: 2,
    },
    { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
  );
  /** Values shaped like a progress store, valid or nearly so, with junk mixed in. */
  const nearStore = fc.record({
    kind: mostly(fc.constant(PROGRESS_KIND)),
    version: mostly(fc.constantFrom(1, 2, 2, 3)),
    items: mostly(fc.dictionary(id, entry, { maxKeys: 6 })),
  });

  it('readProgress never throws, and what it returns reads back unchanged and can be answered', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearStore), date, id, fc.boolean(), (raw, now, itemId, correct) => {
        const r = readProgress(raw, now);
        assert.equal(r.data.version, 2);
        assert.equal(typeof (r.problem ?? ''), 'string');
        assert.deepEqual(readProgress(JSON.parse(JSON.stringify(r.data)), now), { data: r.data });
        for (const s of Object.values(r.data.items)) assert.ok(s.correct <= s.seen);
        for (const known of [...Object.keys(r.data.items), itemId]) {
          const next = answer(r.data, known, correct, now);
          assert.ok(Number.isFinite(dueOf(next, known)), 'FSRS accepts every card that reads back');
        }
      }),
      { numRuns: 5000 },
    );
  });
  it('importProgress never throws on any text, and returns data or an error', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      nearStore.map(v => JSON.stringify(v) ?? ''),
      fc.string().map(s => `{"kind":"${PROGRESS_KIND}",${s}`),
    );
    fc.assert(
      fc.property(text, date, (t, now) => {
        const r = importProgress(t, now);
        assert.ok((r.data === undefined) !== (r.error === undefined), t);
        if (r.data) assert.deepEqual(importProgress(exportProgress(r.data), now), { data: r.data });
      }),
      { numRuns: 5000 },
    );
  });
  it('after any answers the counts add up and every item has a due date', () => {
    const step = fc.record({
      itemId: id,
      correct: fc.boolean(),
      ms: fc.oneof(fc.nat(120_000), fc.constant(NaN)),
      override: fc.constantFrom(undefined, 'knew' as const, 'guessed' as const),
      gap: fc.integer({ min: -DAY, max: 60 * DAY }),
    });
    fc.assert(
      fc.property(date, fc.array(step, { maxLength: 30 }), (start, steps) => {
        let d = emptyProgress();
        let now = start.getTime();
        const seen = new Map<string, number>();
        const right = new Map<string, number>();
        for (const s of steps) {
          now += s.gap;
          d = recordAnswer(d, {
            itemId: s.itemId,
            conceptId: 'c',
            correct: s.correct,
            ms: s.ms,
            override: s.override,
            now: new Date(now),
          });
          seen.set(s.itemId, (seen.get(s.itemId) ?? 0) + 1);
          right.set(s.itemId, (right.get(s.itemId) ?? 0) + (s.correct ? 1 : 0));
        }
        assert.deepEqual(Object.keys(d.items).sort(), [...seen.keys()].sort());
        for (const [itemId, s] of Object.entries(d.items)) {
          assert.ok(s.correct <= s.seen);
          assert.equal(s.seen, seen.get(itemId));
          assert.equal(s.correct, right.get(itemId));
          assert.equal(s.card.reps, s.seen);
          assert.ok(Number.isFinite(Date.parse(s.card.due)));
        }
        assert.deepEqual(readProgress(JSON.parse(JSON.stringify(d)), new Date(now)), { data: d });
        const due = dueItems(d, new Date(now));
        assert.equal(due.length, dueCount(d, new Date(now)));
        for (let i = 1; i < due.length; i++) assert.ok(dueOf(d, due[i - 1]) <= dueOf(d, due[i]));
        const m = mastery(d, Object.keys(d.items), new Date(now));
        assert.ok(
          m.mastered <= m.seen && m.seen <= m.total && m.due === due.length && m.correctRate >= 0 && m.correctRate <= 1,
        );
      }),
      { numRuns: 2000 },
    );
  });

  /** Answers at increasing times from T0, as a learner gives them. */
  const answers = (ids: fc.Arbitrary<string>, maxLength = 25) =>
    fc.array(fc.record({ itemId: ids, correct: fc.boolean(), ms: fc.nat(60_000), gap: fc.nat(3 * DAY) }), {
      maxLength,
    });
  const play = (
    data: ProgressData,
    list: readonly { itemId: string; correct: boolean; ms: number; gap: number }[],
    start = T0.getTime(),
  ) => {
    let now = start;
    const states = [data];
    for (const a of list)
      states.push(
        recordAnswer(states[states.length - 1], {
          itemId: a.itemId,
          conceptId: 'c',
          correct: a.correct,
          ms: a.ms,
          now: new Date((now += a.gap)),
        }),
      );
    return { states, end: now };
  };
  const itemIds = fc.constantFrom('a#1', 'a#2', 'b#1', 'b#gen-term', 'c#3', '__proto__', 'constructor');

  it('a corrupt store of any shape: damaged entries are dropped and counted, every other entry is kept as it was', () => {
    const path = fc.constantFrom(
      undefined,
      'conceptId',
      'seen',
      'correct',
      'lastAnswer',
      'lastCorrect',
      'card',
      'card.due',
      'card.state',
      'card.stability',
      'card.difficulty',
      'card.reps',
      'card.last_review',
    );
    const damage = fc.record({
      which: fc.nat(),
      path,
      junk: fc.oneof(
        loose,
        fc.constantFrom(-1, NaN, Infinity, 1e308, 'x', '', null, [], {}, true, 99, 4, -0.5, '2025-13-45T00:00:00Z'),
      ),
    });
    fc.assert(
      fc.property(answers(itemIds), fc.array(damage, { maxLength: 4 }), date, (list, damages, now) => {
        const stored = play(emptyProgress(), list).states.at(-1)!;
        const raw = JSON.parse(JSON.stringify(stored)) as {
          version: number;
          items: Record<string, Record<string, unknown>>;
        };
        const ids = Object.keys(raw.items);
        const touched = new Set<string>();
        for (const d of damages) {
          if (!ids.length) break;
          const id = ids[d.which % ids.length];
          touched.add(id);
          if (!d.path) raw.items[id] = d.junk as Record<string, unknown>;
          else if (
            d.path.startsWith('card.') &&
            typeof raw.items[id] === 'object' &&
            raw.items[id] !== null &&
            typeof raw.items[id].card === 'object' &&
            raw.items[id].card !== null
          )
            (raw.items[id].card as Record<string, unknown>)[d.path.slice(5)] = d.junk;
          else if (typeof raw.items[id] === 'object' && raw.items[id] !== null) raw.items[id][d.path] = d.junk;
        }
        const r = readProgress(raw, now);
        for (const id of ids)
          if (!touched.has(id))
            assert.deepEqual(itemState(r.data, id), itemState(stored, id), `untouched ${id} is kept`);
        const dropped = ids.filter(id => !itemState(r.data, id));
        assert.ok(dropped.every(id => touched.has(id)));
        if (dropped.length) assert.match(r.problem ?? '', new RegExp(`^Dropped ${dropped.length} of ${ids.length} `));
        else assert.equal(r.problem, undefined);
        assert.deepEqual(
          readProgress(JSON.parse(JSON.stringify(r.data)), now),
          { data: r.data },
          'what is kept reads back as it is',
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('a store from a newer version is left alone, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 3, max: 1_000_000 }), fc.constant(Number.MAX_SAFE_INTEGER)),
        fc.anything(),
        date,
        (version, items, now) => {
          const r = readProgress({ version, items }, now);
          assert.deepEqual(r.data, emptyProgress());
          assert.equal(r.newerVersion, version);
          assert.match(r.problem ?? '', new RegExp(`version ${version}, written by a newer version`));
          const imported = importProgress(JSON.stringify({ kind: PROGRESS_KIND, version, items }) ?? '', now);
          assert.equal(imported.data, undefined);
          assert.match(imported.error ?? '', /newer version/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a crash between answers loses nothing acknowledged: any saved prefix reads back whole, and answering on gives the same progress', () => {
    fc.assert(
      fc.property(answers(itemIds, 30), fc.nat(), (list, at) => {
        const { states, end } = play(emptyProgress(), list);
        const k = at % states.length;
        // Each answer is acknowledged once its state is written; a crash after the k-th write leaves that value.
        const saved = JSON.parse(JSON.stringify(states[k])) as unknown;
        const reloaded = readProgress(saved, new Date(end));
        assert.deepEqual(reloaded, { data: states[k] }, `after ${k} of ${list.length} answers`);
        for (const [itemId, s] of Object.entries(reloaded.data.items))
          assert.equal(s.seen, list.slice(0, k).filter(a => a.itemId === itemId).length);
        const start = T0.getTime() + list.slice(0, k).reduce((n, a) => n + a.gap, 0);
        assert.deepEqual(play(reloaded.data, list.slice(k), start).states.at(-1), states.at(-1));
      }),
      { numRuns: 2000 },
    );
  });

  it('merging two stores that answered different questions since they parted loses none of those answers', () => {
    const ours = ['a#1', 'c#3', 'toString'];
    const theirsIds = ['a#2', 'b#1', '__proto__'];
    fc.assert(
      fc.property(
        answers(fc.constantFrom(...ours, ...theirsIds), 10),
        answers(fc.constantFrom(...ours), 15),
        answers(fc.constantFrom(...theirsIds), 15),
        fc.integer({ min: -DAY, max: DAY }),
        (common, mine, theirs, skew) => {
          const base = play(emptyProgress(), common);
          const a = play(base.states.at(-1)!, mine, base.end).states.at(-1)!;
          const b = play(base.states.at(-1)!, theirs, base.end + skew).states.at(-1)!;
          const merged = mergeProgress(a, b);
          for (const id of new Set([...Object.keys(a.items), ...Object.keys(b.items)])) {
            const expected = ours.includes(id)
              ? (itemState(a, id) ?? itemState(b, id))
              : (itemState(b, id) ?? itemState(a, id));
            assert.deepEqual(itemState(merged, id), expected, id);
          }
          assert.equal(
            Object.keys(merged.items).length,
            new Set([...Object.keys(a.items), ...Object.keys(b.items)]).size,
          );
          assert.deepEqual(mergeProgress(b, a), merged, 'in either order');
          assert.deepEqual(mergeProgress(merged, a), merged, 'and only once');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('merging two stores that answered the same question keeps one side whole and never less than they shared', () => {
    fc.assert(
      fc.property(
        answers(itemIds, 10),
        answers(itemIds, 10),
        answers(itemIds, 10),
        fc.integer({ min: -DAY, max: DAY }),
        (common, mine, theirs, skew) => {
          const base = play(emptyProgress(), common);
          const a = play(base.states.at(-1)!, mine, base.end).states.at(-1)!;
          const b = play(base.states.at(-1)!, theirs, base.end + skew).states.at(-1)!;
          const merged = mergeProgress(a, b);
          for (const id of Object.keys(merged.items)) {
            const m = itemState(merged, id)!;
            assert.ok(
              [itemState(a, id), itemState(b, id)].some(s => s && JSON.stringify(s) === JSON.stringify(m)),
              `${id} is one side's state`,
            );
            assert.ok(
              m.seen >= (itemState(base.states.at(-1)!, id)?.seen ?? 0),
              `${id} keeps every answer given before the stores parted`,
            );
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
