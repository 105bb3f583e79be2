import * as assert from 'node:assert/strict';
import {
  QUICK_COUNT,
  confusedPairs,
  confusedWith,
  dayKey,
  drawFor,
  emptyProgress,
  exportProgress,
  importProgress,
  mergeProgress,
  quizItems,
  readProgress,
  recordAnswer,
  recordExam,
  rerateAnswer,
  studyActivity,
  type ProgressData,
} from '../../src/core';
import { bundledKb } from './helpers';

const kb = bundledKb();
const NOW = new Date(2026, 5, 10, 15, 0); // local time: the calendar counts local days
const day = (n: number) => new Date(2026, 5, 10 + n, 12, 0);

function answered(days: readonly number[], data: ProgressData = emptyProgress()): ProgressData {
  days.forEach((d, k) => {
    data = recordAnswer(data, { itemId: `x#${k}`, conceptId: 'x', correct: true, ms: 9000, now: day(d) });
  });
  return data;
}

describe('progress history: answers per day, mock exams, confusions', () => {
  it('every answer counts on its local day; re-rating it counts nothing more', () => {
    let data = answered([0, 0, -1, -3]);
    assert.deepEqual(data.days, { [dayKey(day(0))]: 2, [dayKey(day(-1))]: 1, [dayKey(day(-3))]: 1 });
    const answer = { itemId: 'y#1', conceptId: 'y', correct: true, ms: 9000, now: day(0) };
    const after = recordAnswer(data, answer);
    data = rerateAnswer(after, undefined, answer, 'knew');
    assert.equal(data.days![dayKey(day(0))], 3);
  });

  it('progress saved before the history existed still reads, and a new answer starts the calendar', () => {
    const old = { version: 2, items: { 'x#1': answered([0]).items['x#1'] } };
    const read = readProgress(JSON.parse(JSON.stringify(old)), NOW);
    assert.equal(read.problem, undefined);
    assert.equal(read.data.days, undefined);
    const next = recordAnswer(read.data, { itemId: 'x#2', conceptId: 'x', correct: false, ms: 1, now: NOW });
    assert.equal(next.days![dayKey(NOW)], 1);
  });

  it('bad history entries are left out without losing the items', () => {
    const raw = {
      ...answered([0]),
      days: { '2026-06-10': 3, nonsense: 2, '2026-06-11': -1 },
      confusions: { 'a>b': 2, ab: 1 },
      exams: [
        { at: '2026-06-01T00:00:00Z', domains: { 1: [3, 5] } },
        { at: 'later', domains: {} },
        { at: '2026-06-02T00:00:00Z', domains: { 1: [6, 5] } },
      ],
    };
    const read = readProgress(JSON.parse(JSON.stringify(raw)), NOW);
    assert.equal(read.problem, undefined);
    assert.deepEqual(read.data.days, { '2026-06-10': 3 });
    assert.deepEqual(read.data.confusions, { 'a>b': 2 });
    assert.deepEqual(read.data.exams, [{ at: '2026-06-01T00:00:00.000Z', domains: { 1: [3, 5] } }]);
    assert.equal(Object.keys(read.data.items).length, 1);
  });

  it('an export carries the history; merging the same export twice changes nothing', () => {
    let data = answered([0, -1]);
    data = recordExam(data, { at: day(-1).toISOString(), domains: { 2: [10, 12] } });
    const wrong = { itemId: 'x#0', conceptId: 'rag', correct: false, ms: 1, now: NOW, confusedWith: 'fine-tuning' };
    data = recordAnswer(data, wrong);
    const imported = importProgress(exportProgress(data), NOW).data!;
    assert.deepEqual(imported.days, data.days);
    assert.deepEqual(imported.exams, data.exams);
    assert.deepEqual(imported.confusions, { 'rag>fine-tuning': 1 });
    const once = mergeProgress(answered([-5]), imported);
    assert.deepEqual(mergeProgress(once, imported), once);
    assert.equal(once.days![dayKey(day(-5))], 1);
  });
});

describe('study activity: calendar and streak', () => {
  it('the calendar runs from a Monday to today; the streak counts the days in a row up to today', () => {
    const a = studyActivity(answered([0, -1, -1, -2, -4]), { now: NOW, weeks: 4 });
    assert.equal(new Date(`${a.days[0].day}T12:00`).getDay(), 1, 'starts on a Monday');
    assert.equal(a.days[a.days.length - 1].day, dayKey(NOW));
    assert.ok(a.days.length > 21 && a.days.length <= 28);
    assert.equal(a.streak, 3);
    assert.equal(a.answers, 5);
    assert.equal(a.activeDays, 4);
    const yesterday = studyActivity(answered([-1, -2]), { now: NOW }).streak;
    assert.equal(yesterday, 2, "nothing yet today keeps yesterday's streak");
    assert.equal(studyActivity(answered([-2]), { now: NOW }).streak, 0);
    assert.equal(studyActivity(emptyProgress(), { now: NOW }).answers, 0);
  });

  it("progress from before the calendar shows each item on its last answer's day, marked approximate", () => {
    const old: ProgressData = { version: 2, items: answered([0, -1]).items };
    const a = studyActivity(old, { now: NOW });
    assert.equal(a.approximate, true);
    assert.equal(a.answers, 2);
  });
});

describe('confusions and the skills scope', () => {
  const items = quizItems(kb);
  it("a wrong answer that picked another concept's name is that concept; a right one is none", () => {
    const named = items.find(
      i => i.type === 'single' && i.choices.some((c, k) => k !== i.answer && confusedWith(kb, i, [c])),
    );
    assert.ok(named && named.type === 'single', 'some question offers another concept by name');
    const wrong = named.choices.find((c, k) => k !== named.answer && confusedWith(kb, named, [c]))!;
    const other = confusedWith(kb, named, [wrong])!;
    assert.notEqual(other, named.conceptId);
    assert.ok(kb.concept(other));
    assert.equal(confusedWith(kb, named, [named.choices[named.answer]]), undefined);
  });

  it('confused pairs add both directions up, most first, and skip unknown concepts', () => {
    const [a, b, c] = kb.concepts;
    const confusions = { [`${a.id}>${b.id}`]: 2, [`${b.id}>${a.id}`]: 1, [`${a.id}>${c.id}`]: 2, [`${a.id}>gone`]: 9 };
    const data = { ...emptyProgress(), confusions };
    const pairs = confusedPairs(kb, data);
    assert.equal(pairs.length, 2);
    assert.equal(pairs[0].count, 3);
    assert.deepEqual(new Set([pairs[0].a.id, pairs[0].b.id]), new Set([a.id, b.id]));
  });

  it('a quiz on skills asks only questions of those skills', () => {
    const skills = ['2.1.a', '3.1.c'];
    const drawn = drawFor(kb, { skills }, [], NOW.getTime(), Math.random);
    assert.equal(drawn.mode, 'quick');
    assert.equal(drawn.items.length, QUICK_COUNT);
    assert.ok(drawn.items.every(i => i.skill && skills.includes(i.skill)));
  });
});
