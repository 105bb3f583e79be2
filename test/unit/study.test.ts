import * as assert from 'node:assert/strict';
import { emptyProgress, readingOf, recordAnswer, studyConceptIds, termIndexOf, termsIn } from '../../src/core';
import { bundledKb } from './helpers';

describe('study as you code', () => {
  it('underlines the terms of the lines asked for, read with the document, and only the concepts kept', () => {
    const kb = bundledKb();
    const lines = [
      'from transformers import AutoTokenizer',
      'tok = AutoTokenizer.from_pretrained("gpt2")  # RLHF later',
      'accessToken = 1',
    ];
    const index = termIndexOf(kb);
    const reading = readingOf(index, lines.join('\n'));
    const all = termsIn(index, i => lines[i], 1, 3, reading);
    const words = all.map(t => lines[t.line].slice(t.start, t.end));
    assert.ok(words.includes('Tokenizer') && words.includes('RLHF'), `Tokenizer and RLHF among ${words.join(', ')}`);
    assert.ok(
      all.every(t => t.line >= 1 && t.line < 3),
      'only the lines asked for',
    );
    assert.ok(!all.some(t => t.line === 2), 'accessToken is not a term');
    const rlhfOnly = termsIn(
      index,
      i => lines[i],
      0,
      3,
      reading,
      c => c.id === 'rlhf',
    );
    assert.deepEqual(
      rlhfOnly.map(t => t.concepts.map(c => c.id)),
      [['rlhf']],
    );
  });

  it('the concepts to study are those with a due or weak question', () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    let data = recordAnswer(emptyProgress(), { itemId: 'a#1', conceptId: 'a', correct: true, ms: 5_000, now: t0 });
    data = recordAnswer(data, { itemId: 'b#1', conceptId: 'b', correct: false, ms: 5_000, now: t0 });
    assert.deepEqual([...studyConceptIds(data, t0)], ['b'], 'a wrong answer is weak; a right one is not due yet');
    assert.deepEqual(
      [...studyConceptIds(data, new Date('2027-01-01T00:00:00Z'))].sort(),
      ['a', 'b'],
      'a year later both are due',
    );
  });
});
