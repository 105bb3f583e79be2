import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { NoteLayout } from '../../src/core/search/noteLayout';
import { NotesText } from '../../src/core/search/notesIndex';
import { kbOf, note } from './helpers';

/** A bucket as plain values: its words, and each occurrence as word, note and place. */
function shown(text: NotesText, key: string): string {
  const b = text.bucket(key);
  const at = Array.from(b.ids, (id, k) => `${text.table.words[id]}@${b.notes[k]}:${b.at[k]}`);
  return JSON.stringify([b.words, at]);
}

/** Words of several scripts, with diacritics, digits, underscores, links, tips and odd punctuation. */
const PIECES = [
  'Déploiement',
  'état',
  'École',
  'naïve',
  'dé',
  'DE',
  'dEfault',
  'de_facto',
  'snake_case',
  'défi',
  'σοφία',
  'ΣΟΦΙΑ',
  'İstanbul',
  'straße',
  'K',
  '3d',
  '30',
  'x3',
  '—de',
  'de—',
  '’de',
  "don't",
  'de’s',
  '[deep link](https://de.example/deep)',
  '**deep**',
  '`decode`',
  '\n> **Exam tip:** deploy',
  '\n\n',
  ' ',
  ', ',
  '. ',
  '(de)',
  'wi-fi',
  'overfit',
  'ovER',
  'Œuvre',
  'ﬁne',
  'e\u0301tat',
];

describe('notes text: a first search reads its words straight from the text', () => {
  it('finds the same occurrences, in the same order, as the word sequence gathers', function () {
    this.timeout(60_000);
    const field = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map(p => p.join(' '));
    const keyOf = fc.constantFrom('de', 'et', 'ec', 'na', 'so', 'σο', 'is', 'st', '3', '30', 'wi', 'ov', 'fi', 'oe');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(field, field, field), { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(keyOf, { minLength: 1, maxLength: 4 }),
        (notes, keys) => {
          const kb = kbOf(
            notes.map(([title, summary, body], i) =>
              note(
                `t/n${i}.md`,
                `id: n${i}\ntitle: ${JSON.stringify(`N${i} ${title}`)}\nsummary: ${JSON.stringify(summary)}`,
                body,
              ),
            ),
          );
          const first = new NotesText(kb.concepts);
          first.need(keys);
          const read = new NotesText(kb.concepts);
          read.prepare(Infinity);
          read.need(keys);
          for (const key of keys) assert.equal(shown(first, key), shown(read, key), key);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the whole word sequence only for the buckets after the first', () => {
    const kb = kbOf([
      note('t/a.md', 'id: a\ntitle: Alpha\nsummary: Deploy a model.', 'Deploying models to endpoints.'),
      note('t/b.md', 'id: b\ntitle: Beta\nsummary: Overfitting.', 'Overfit models memorize.'),
    ]);
    const text = new NotesText(kb.concepts);
    assert.equal(text.prepare(0), false, 'nothing read before the first search');
    text.need(['de', 'mo']);
    assert.equal(text.prepare(0), false, 'the first buckets came from the text');
    assert.deepEqual(text.bucket('de').words, ['deploy', 'deploying']);
    text.need(['ov']);
    assert.equal(text.prepare(0), true, 'a later bucket read every note');
    assert.deepEqual(text.bucket('ov').words, ['overfit', 'overfitting']);
  });

  it("finds links' targets and exam tips as their regular expressions do", () => {
    const body = fc
      .array(fc.constantFrom('](', ')', '(', ']', '[', '\n', 'x', ' ', '> ', '\n> **Exam tip:** t', '\n>', 'xam tip'), {
        maxLength: 40,
      })
      .map(p => p.join(''));
    fc.assert(
      fc.property(body, text => {
        const kb = kbOf([note('t/a.md', 'id: a\ntitle: A\nsummary: S.', text)]);
        const { body } = kb.concepts[0];
        const spans = (re: RegExp) => [...body.matchAll(re)].flatMap(m => [m.index, m.index + m[0].length]);
        const { links, tips } = new NoteLayout(kb.concepts).of(0);
        assert.deepEqual(Array.from(links ?? []), spans(/\]\([^)\n]*\)/g));
        const tipSpans = body.includes('xam tip') ? spans(/^>\s*\**exam tip:?\**:?[^\n]*(?:\n>[^\n]*)*/gim) : [];
        assert.deepEqual(Array.from(tips ?? []), tipSpans);
      }),
      { numRuns: 500 },
    );
  });
});
