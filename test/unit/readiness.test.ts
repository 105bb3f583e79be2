import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  GUIDE_DOMAINS,
  PASS_SHARE,
  emptyProgress,
  quizItems,
  examPool,
  readiness,
  recordAnswer,
  recordExam,
  type ProgressData,
  type QuizItem,
  type Readiness,
} from '../../src/core';
import { bundledKb } from './helpers';

const kb = bundledKb();
const NOW = new Date('2026-06-01T09:00:00.000Z');
const DAY = 86_400_000;
const daysAgo = (n: number, from = NOW) => new Date(from.getTime() - n * DAY);
const pool = examPool(kb, quizItems(kb)).filter(i => i.domain);

/** Every item of `items` answered right (Good) at each of `times`, in order. */
function studied(items: readonly QuizItem[], times: readonly Date[], data = emptyProgress()): ProgressData {
  for (const now of times) {
    for (const i of items) {
      data = recordAnswer(data, { itemId: i.id, conceptId: i.conceptId, correct: true, ms: 10_000, now });
    }
  }
  return data;
}

/** Spaced reviews over four months: a learner who knows the items well. */
const WELL = [120, 90, 60, 30, 10, 2].map(n => daysAgo(n));
const domain = (r: Readiness, d: number) => r.domains.find(x => x.domain === d)!;

describe('readiness on crafted histories', () => {
  const everything = studied(pool, WELL);
  const onlyDomain2 = studied(
    pool.filter(i => i.domain === 2),
    WELL,
  );

  it('the bundled notes have exam items in every domain', () => {
    for (const d of GUIDE_DOMAINS)
      assert.ok(
        pool.some(i => i.domain === d.domain),
        `domain ${d.domain}`,
      );
  });

  it('a learner who knows everything is likely above the pass mark in every domain and overall', () => {
    const r = readiness(kb, everything, { now: NOW });
    for (const d of r.domains) {
      assert.equal(d.seen, d.items);
      assert.equal(d.verdict, 'above', `domain ${d.domain}: ${d.share}`);
      assert.ok(d.share > 0.9, `domain ${d.domain}: ${d.share}`);
    }
    assert.equal(r.overall.verdict, 'above');
    assert.ok(r.overall.low >= PASS_SHARE);
  });

  it('a learner who knows nothing is at the guessing rate and likely below everywhere', () => {
    const r = readiness(kb, emptyProgress(), { now: NOW });
    for (const d of r.domains) {
      assert.equal(d.seen, 0);
      assert.equal(d.verdict, 'below', `domain ${d.domain}: ${d.share}..${d.high}`);
      assert.ok(d.share > 0.1 && d.share < 0.35, `a guess, not zero: ${d.share}`);
    }
    assert.equal(r.overall.verdict, 'below');
    assert.ok(r.overall.high < PASS_SHARE);
  });

  it('a learner who knows only domain 2 is above there, below elsewhere and overall', () => {
    const r = readiness(kb, onlyDomain2, { now: NOW });
    assert.equal(domain(r, 2).verdict, 'above');
    for (const d of [1, 3, 4, 5]) assert.equal(domain(r, d).verdict, 'below', `domain ${d}`);
    assert.equal(r.overall.verdict, 'below');
    const empty = readiness(kb, emptyProgress(), { now: NOW });
    // Overall moves by domain 2's weight times its gain, no more.
    const gain = domain(r, 2).share - domain(empty, 2).share;
    assert.ok(Math.abs(r.overall.share - empty.overall.share - 0.24 * gain) < 1e-9);
    assert.ok(
      r.weakestSkills.every(s => s.domain !== 2),
      'the weakest skills are outside domain 2',
    );
  });

  it('a learner not seen for a month has forgotten some: the estimate drops and is no longer "above"', () => {
    // Every item answered right once, a month before NOW, and nothing since.
    const once = studied(pool, [daysAgo(30)]);
    const then = readiness(kb, once, { now: daysAgo(29) });
    const now = readiness(kb, once, { now: NOW });
    assert.equal(then.overall.verdict, 'above', `right after: ${then.overall.low}`);
    assert.ok(now.overall.share < then.overall.share - 0.05, `${then.overall.share} → ${now.overall.share}`);
    assert.notEqual(now.overall.verdict, 'above');
    for (const d of now.domains) assert.ok(d.share < domain(then, d.domain).share);
  });

  it('bands hold their share, stay in 0..1, and the verdict follows the band', () => {
    const answers = fc.array(fc.tuple(fc.nat(pool.length - 1), fc.boolean(), fc.nat(90)), { maxLength: 80 });
    fc.assert(
      fc.property(answers, list => {
        let data = emptyProgress();
        for (const [k, correct, ago] of [...list].sort((a, b) => b[2] - a[2])) {
          const item = pool[k];
          const now = daysAgo(ago);
          data = recordAnswer(data, { itemId: item.id, conceptId: item.conceptId, correct, ms: 10_000, now });
        }
        const r = readiness(kb, data, { now: NOW });
        for (const e of [...r.domains, r.overall]) {
          assert.ok(e.low >= 0 && e.low <= e.share && e.share <= e.high && e.high <= 1);
          assert.equal(e.verdict, e.low >= PASS_SHARE ? 'above' : e.high < PASS_SHARE ? 'below' : 'near');
        }
      }),
      { numRuns: 25 },
    );
  });

  it('with an exam date: the estimate then is lower than today, and a plan of reviews a day', () => {
    const examDate = new Date(NOW.getTime() + 21 * DAY);
    const expert = readiness(kb, everything, { now: NOW, examDate });
    assert.equal(expert.examDate, examDate.toISOString());
    assert.ok(expert.overall.atDate && expert.overall.atDate.share < expert.overall.share);
    assert.equal(expert.reviewsPerDay, 0, 'the expert stays above without reviewing');
    const d2 = readiness(kb, onlyDomain2, { now: NOW, examDate });
    assert.ok(typeof d2.reviewsPerDay === 'number' && d2.reviewsPerDay > 0, `plan: ${d2.reviewsPerDay}`);
    const novice = readiness(kb, emptyProgress(), { now: NOW, examDate });
    const more = novice.reviewsPerDay === null || novice.reviewsPerDay! > d2.reviewsPerDay!;
    assert.ok(more, `novice ${novice.reviewsPerDay} vs ${d2.reviewsPerDay}`);
    const past = readiness(kb, everything, { now: NOW, examDate: daysAgo(1) });
    assert.equal(past.examDate, undefined, 'a date in the past is no exam date');
    assert.equal(past.reviewsPerDay, undefined);
  });

  it('a recent mock exam moves a domain towards its result; an old one does not count', () => {
    const all = Object.fromEntries(GUIDE_DOMAINS.map(d => [String(d.domain), [0, 13] as const]));
    const recent = recordExam(everything, { at: daysAgo(1).toISOString(), domains: all });
    const base = readiness(kb, everything, { now: NOW });
    const r = readiness(kb, recent, { now: NOW });
    for (const d of r.domains) {
      assert.ok(d.share < domain(base, d.domain).share - 0.3, `domain ${d.domain}: ${d.share}`);
      assert.equal(d.mockQuestions, 13);
    }
    const old = recordExam(everything, { at: daysAgo(200).toISOString(), domains: all });
    assert.deepEqual(readiness(kb, old, { now: NOW }).domains, base.domains);
  });

  it('the weakest skills come weakest first, with their exam-guide labels', () => {
    const r = readiness(kb, onlyDomain2, { now: NOW, skills: 7 });
    assert.equal(r.weakestSkills.length, 7);
    const shares = r.weakestSkills.map(s => s.share);
    for (let i = 1; i < shares.length; i++) assert.ok(shares[i - 1] <= shares[i]);
    assert.ok(r.weakestSkills.every(s => s.label && s.label !== s.skill && s.items > 0));
  });
});
