import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  GUIDE_DOMAINS,
  apportion,
  drawMockExam,
  drawMockItems,
  examPool,
  quizItems,
  type QuizItem,
} from '../../src/core';
import { drawFor } from '../../src/core/quiz/flow/scope';
import { bundledKb, kbOf, note } from './helpers';

// The mock exam's draw: domain shares by the exam guide's weights, spread over skills and concepts.

const kb = bundledKb();
const pool = examPool(kb, quizItems(kb));
const weightOf = new Map(GUIDE_DOMAINS.map(d => [d.domain, d.weight]));
const countBy = <K>(list: readonly K[]) => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());

/** A synthetic knowledge base with plenty of questions in every domain: 20 concepts × 3 questions each. */
function ampleKb() {
  const files = GUIDE_DOMAINS.flatMap(d =>
    Array.from({ length: 20 }, (_, c) => {
      const skill = `${d.domain}.${1 + (c % 2)}.${'abc'[c % 3]}`;
      const qs = [0, 1, 2]
        .map(
          k =>
            `  - type: single\n    question: Domain ${d.domain} concept ${c} question ${k} asks what?\n` +
            `    choices: [Right answer ${k}, Wrong answer ${k}]\n    answer: 0\n    explanation: Because ${k}.`,
        )
        .join('\n');
      return note(
        `d${d.domain}/c${c}.md`,
        `id: d${d.domain}-c${c}\ntitle: Domain ${d.domain} concept ${c}\nsummary: s\n` +
          `exam: { domain: ${d.domain}, skills: [${skill}] }\nquiz:\n${qs}`,
      );
    }),
  );
  return kbOf(files);
}

describe('mock exam: the draw by exam domain', () => {
  it('apportions by largest remainder: the 65-question exam gets 13/16/18/9/9', () => {
    assert.deepEqual(apportion(65, [20, 24, 28, 14, 14], [99, 99, 99, 99, 99]), [13, 16, 18, 9, 9]);
    assert.deepEqual(apportion(10, [20, 24, 28, 14, 14], [99, 99, 99, 99, 99]), [2, 3, 3, 1, 1]);
    // A domain with too few questions gives its seats to the others, by the same rule.
    assert.deepEqual(apportion(10, [20, 24, 28, 14, 14], [99, 99, 99, 0, 99]), [2, 3, 3, 0, 2]);
    assert.deepEqual(apportion(50, [1, 1], [3, 4]), [3, 4]);
  });

  it('property: for any count from 10 to 200, each domain is within one question of its weight', () => {
    const ample = ampleKb();
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200 }), fc.integer(), (count, seed) => {
        const drawn = drawMockExam(ample, { count, seed });
        assert.equal(drawn.length, count);
        const by = countBy(drawn.map(d => d.domain));
        for (const d of GUIDE_DOMAINS)
          assert.ok(Math.abs((by.get(d.domain) ?? 0) - (count * d.weight) / 100) < 1, `domain ${d.domain} at ${count}`);
      }),
      { numRuns: 200 },
    );
  });

  it('property: with the bundled notes too, for counts 10 to 200, as long as each domain has the questions', () => {
    const perDomain = countBy(pool.map(i => i.domain));
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200 }), fc.integer(), (count, seed) => {
        const drawn = drawMockExam(kb, { count, seed });
        assert.equal(drawn.length, Math.min(count, pool.length));
        const by = countBy(drawn.map(d => d.domain));
        for (const d of GUIDE_DOMAINS) {
          const exact = (count * d.weight) / 100;
          if ((perDomain.get(d.domain) ?? 0) > exact + 1)
            assert.ok(Math.abs((by.get(d.domain) ?? 0) - exact) < 1, `domain ${d.domain} at ${count}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic for a seed, and gives every item its domain and skill', () => {
    const a = drawMockExam(kb, { count: 65, seed: 7 });
    assert.deepEqual(
      drawMockExam(kb, { count: 65, seed: 7 }).map(d => d.item.id),
      a.map(d => d.item.id),
    );
    assert.notDeepEqual(
      drawMockExam(kb, { count: 65, seed: 8 }).map(d => d.item.id),
      a.map(d => d.item.id),
    );
    for (const d of a) {
      assert.equal(d.domain, d.item.domain);
      assert.equal(d.skill, d.item.skill);
      assert.ok(weightOf.has(d.domain));
    }
  });

  it('draws nothing retired or off-exam, and no question twice', () => {
    for (const seed of [1, 2, 3]) {
      const drawn = drawMockExam(kb, { count: 200, seed });
      assert.equal(new Set(drawn.map(d => d.item.id)).size, drawn.length);
      for (const d of drawn) assert.equal(kb.concept(d.item.conceptId)?.exam?.status, undefined, d.item.id);
    }
  });

  it('inside a domain: no concept twice until every concept has one, authored first, spread over skills', () => {
    for (const seed of [11, 12, 13, 14]) {
      const drawn = drawMockExam(kb, { count: 65, seed });
      for (const d of GUIDE_DOMAINS) {
        // A case study comes whole: its questions share one concept, so they are left out of the concept rule.
        const mine = drawn.filter(x => x.domain === d.domain && !x.item.case).map(x => x.item);
        const inPool = pool.filter(i => i.domain === d.domain);
        const concepts = new Set(inPool.map(i => i.conceptId));
        if (mine.length <= concepts.size)
          assert.equal(new Set(mine.map(i => i.conceptId)).size, mine.length, `domain ${d.domain}`);
        const authoredConcepts = new Set(inPool.filter(i => i.source === 'authored').map(i => i.conceptId));
        if (mine.length <= authoredConcepts.size)
          assert.ok(
            mine.every(i => i.source === 'authored'),
            `domain ${d.domain}: authored first`,
          );
        const skills = new Set(inPool.filter(i => i.source === 'authored').map(i => i.skill));
        const drawnSkills = new Set(mine.map(i => i.skill));
        assert.ok(
          drawnSkills.size >= Math.min(mine.length, skills.size) - 1,
          `domain ${d.domain}: ${drawnSkills.size} skills`,
        );
      }
    }
  });

  it("the quiz's exam mode draws with it: the same domain shares", () => {
    const drawn = drawFor(kb, { exam: { count: 65, timed: false } }, [], 0, () => 0.5);
    const by = countBy(drawn.items.map((i: QuizItem) => i.domain));
    assert.deepEqual(
      GUIDE_DOMAINS.map(d => by.get(d.domain) ?? 0),
      [13, 16, 18, 9, 9],
    );
  });

  it('uses untagged notes only for seats the domains cannot fill', () => {
    const small = kbOf([
      note(
        'a.md',
        'id: a\ntitle: A\nsummary: s\nquiz:\n  - type: single\n    question: What is it here?\n' +
          '    choices: [One thing, Another thing]\n    answer: 0\n    explanation: Because.',
      ),
    ]);
    const items = quizItems(small).filter(i => i.source === 'authored');
    assert.deepEqual(
      drawMockItems(small, items, { count: 5, seed: 1 }).map(d => [d.item.id, d.domain]),
      [[items[0].id, 0]],
    );
  });
});
