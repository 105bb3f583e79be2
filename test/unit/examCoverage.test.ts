import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXAM_SKILLS,
  coverageIssues,
  coverageMarkdown,
  examCoverage,
  examPool,
  quizItems,
  retiredMentions,
  searchConcepts,
} from '../../src/core';
import { bundledKb, kbOf, note } from './helpers';

const root = join(__dirname, '..', '..', '..');
const q = (question: string, skill?: string) =>
  `  - type: single\n    question: ${question}\n    choices: [A, B]\n    answer: 0\n    explanation: E.` +
  (skill ? `\n    skill: "${skill}"` : '');

describe('exam coverage', () => {
  const kb = kbOf([
    note(
      'a.md',
      `id: a\ntitle: Alpha\nsummary: s\nexam: { domain: 1, task: "1.1", skills: ["1.1.a", "5.1.c"] }\n` +
        `quiz:\n${q('First about alpha?')}\n${q('Second about alpha?', '5.1.c')}\n${q('Third about alpha?', '5.1.c')}`,
    ),
    note('b.md', `id: b\ntitle: Beta\nsummary: s\nexam: { domain: 2 }\nquiz:\n${q('Beta with no skill?')}`),
    note('c.md', 'id: c\ntitle: Gamma\nsummary: s\nquiz:\n' + q('Gamma without an exam tag?')),
  ]);

  it("counts notes and authored questions per skill, a question's own skill first", () => {
    const cov = examCoverage(kb.concepts);
    const of = (id: string) => cov.skills.find(s => s.skill.id === id)!;
    assert.deepEqual([of('1.1.a').notes, of('1.1.a').questions], [['a'], 1]);
    assert.deepEqual([of('5.1.c').notes, of('5.1.c').questions], [['a'], 2]);
    assert.equal(cov.skills.length, EXAM_SKILLS.length);
    assert.equal(cov.authored, 5);
  });

  it("shares by domain: the skill's domain, else the note's; untagged questions are not placed", () => {
    const shares = examCoverage(kb.concepts).domains.map(d => [d.domain, d.questions, Math.round(d.share)]);
    assert.deepEqual(shares, [
      [1, 1, 25],
      [2, 1, 25],
      [3, 0, 0],
      [4, 0, 0],
      [5, 2, 50],
    ]);
  });

  it('refuses questions without a skill, skills without notes or two questions, unknown skills', () => {
    const withBad = kbOf([note('d.md', 'id: d\ntitle: D\nsummary: s\nexam: { domain: 1, skills: ["1.1.a"] }')]);
    const issues = coverageIssues(examCoverage([...kb.concepts, ...withBad.concepts]), id => `notes/${id}.md`);
    const messages = issues.map(i => `${i.file}: ${i.message}`);
    assert.ok(
      messages.includes(
        'notes/b.md: This question has no skill: add "skill:" to it or "skills" to the note\'s exam tag.',
      ),
    );
    assert.ok(messages.some(m => m.startsWith('notes/c.md: This question has no skill')));
    assert.ok(messages.some(m => m.includes('Skill 1.1.a has 1 authored question(s)')));
    assert.ok(!messages.some(m => m.includes('Skill 5.1.c')), 'two questions and a note are enough');
    assert.ok(messages.some(m => m.includes('Skill 4.2.d (') && m.includes('has no note')));
    assert.equal(issues.find(i => i.file === 'notes/b.md')?.find, 'Beta with no skill?');
    assert.ok(
      messages.some(m => m.includes('Domain 5 has 50.0% of the authored questions')),
      'a share far from its weight',
    );
    assert.ok(
      messages.some(m => m.includes('Domain 1 has 25.0%')),
      '5 points from its weight of 20%',
    );
    assert.ok(!messages.some(m => m.includes('Domain 2 has')), '25% is within 4 points of 24%');
  });

  it('finds a retired service named as current, and lets history pass', () => {
    const notes = kbOf([
      note('old.md', 'id: old\ntitle: Old\nsummary: s', 'Use Amazon Sumerian to build 3D scenes today.'),
      note(
        'ok.md',
        'id: ok\ntitle: Ok\nsummary: s',
        'Amazon Sumerian was closed in 2023. Amazon CodeWhisperer was renamed.',
      ),
    ]);
    const found = retiredMentions(notes.concepts, id => id);
    assert.deepEqual(
      found.map(f => [f.file, f.find]),
      [['old', 'Amazon Sumerian to build']],
    );
  });

  it('quiz items carry their skill and domain', () => {
    const items = quizItems(kb).filter(i => i.source === 'authored');
    assert.deepEqual(
      items.map(i => [i.conceptId, i.skill, i.domain]),
      [
        ['a', '1.1.a', 1],
        ['a', '5.1.c', 5],
        ['a', '5.1.c', 5],
        ['b', undefined, 2],
        ['c', undefined, undefined],
      ],
    );
  });
});

describe('exam coverage of the bundled notes', () => {
  const kb = bundledKb();

  it('docs/exam-coverage.md is what the build makes of the notes today', () => {
    const titles = new Map(kb.concepts.map(c => [c.id, c.title]));
    const fresh = coverageMarkdown(examCoverage(kb.concepts), id => titles.get(id) ?? id);
    assert.equal(readFileSync(join(root, 'docs', 'exam-coverage.md'), 'utf8'), fresh, 'run `npm run notes:check`');
  });

  it('every concept with exam skills is found by its title and by each alias', () => {
    const misses: string[] = [];
    for (const c of kb.concepts.filter(x => x.exam?.skills?.length)) {
      for (const name of [c.title, ...c.aliases]) {
        if (!searchConcepts(kb, name, 5).some(h => h.concept.id === c.id)) misses.push(`${c.id} ← "${name}"`);
      }
    }
    assert.deepEqual(misses, []);
  });
});

describe('mock exam pool', () => {
  it('leaves out retired and off-exam concepts', () => {
    const kb = kbOf([
      note(
        'a.md',
        `id: a\ntitle: Alpha\nsummary: s\nexam: { domain: 1, skills: ["1.1.a"] }\nquiz:\n${q('About alpha?')}`,
      ),
      note(
        'r.md',
        `id: r\ntitle: Retired\nsummary: s\nexam: { domain: 2, status: retired }\nquiz:\n${q('About retired?')}`,
      ),
      note(
        'o.md',
        `id: o\ntitle: Trivia\nsummary: s\nexam: { domain: 2, status: off-exam }\nquiz:\n${q('About trivia?')}`,
      ),
    ]);
    const authored = quizItems(kb).filter(i => i.source === 'authored');
    assert.deepEqual(
      examPool(kb, authored).map(i => i.conceptId),
      ['a'],
    );
  });
});
