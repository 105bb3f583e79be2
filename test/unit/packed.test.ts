import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundledNotes,
  mergeKnowledge,
  packKnowledge,
  parseNotes,
  readNoteFolder,
  unpackKnowledge,
  type PackedKnowledge,
} from '../../src/api/node';
import { kbOf, note } from './helpers';

const root = join(__dirname, '..', '..', '..');

describe('packed knowledge (the form of dist/notes.json and dist/notes-text.zst)', () => {
  it('unpacks the build output to exactly the parsed bundled notes, and leaves out the derivable fields', async () => {
    const files = await readNoteFolder(join(root, 'notes'));
    const parsed = mergeKnowledge([parseNotes(files, { origin: 'bundled', fileLabel: p => `notes/${p}` })]).toJSON();
    const index = JSON.parse(readFileSync(join(root, 'dist', 'notes.json'), 'utf8')) as PackedKnowledge;
    assert.equal(index.packed, 2);
    const { linksChecked, ...unpacked } = bundledNotes(join(root, 'dist', 'notes.json'));
    assert.equal(linksChecked, true);
    assert.deepEqual(JSON.parse(JSON.stringify(unpacked)), JSON.parse(JSON.stringify(parsed)));
    assert.deepEqual(
      index.concepts
        .filter(c => ['topicPath', 'origin', 'file', 'source', 'body', 'quiz'].some(k => k in c))
        .map(c => c.id),
      [],
    );
  });

  it('keeps what it cannot derive: another file name, a topic path of its own, a user origin', () => {
    const data = kbOf([
      note('basics/renamed.md', 'id: rag\ntitle: RAG\nsummary: s'),
      note('basics/b.md', 'id: b\ntitle: B\nsummary: s'),
    ]).toJSON();
    const odd = { ...data, concepts: data.concepts.map(c => (c.id === 'b' ? { ...c, topicPath: ['Elsewhere'] } : c)) };
    const { index, text } = packKnowledge(odd);
    const [rag, b] = ['rag', 'b'].map(id => index.concepts.find(c => c.id === id)!);
    assert.equal(rag.file, 'basics/renamed.md');
    assert.deepEqual(b.topicPath, ['Elsewhere']);
    assert.equal(rag.origin, 'user');
    const unpacked = { ...unpackKnowledge(index, () => text), linksChecked: undefined };
    assert.deepEqual(JSON.parse(JSON.stringify(unpacked)), JSON.parse(JSON.stringify(odd)));
  });

  it('reads the text once, on the first read of a body or quiz, and not for the names', () => {
    const files = [note('t/a.md', 'id: a\ntitle: A\nsummary: s'), note('t/b.md', 'id: b\ntitle: B\nsummary: s')];
    const data = mergeKnowledge([parseNotes(files, { origin: 'bundled' })]);
    const { index, text } = packKnowledge(data.toJSON());
    let reads = 0;
    const unpacked = unpackKnowledge(index, () => (reads++, text));
    const kb = mergeKnowledge([unpacked]);
    assert.deepEqual(
      kb.concepts.map(c => [c.id, c.title, c.summary]),
      data.concepts.map(c => [c.id, c.title, c.summary]),
    );
    assert.equal(reads, 0);
    assert.equal(kb.concept('b')!.body, data.concept('b')!.body);
    assert.deepEqual(kb.concept('a')!.quiz, data.concept('a')!.quiz);
    assert.equal(reads, 1);
  });

  it('refuses a text that does not match its index', () => {
    const { index } = packKnowledge(kbOf([note('t/a.md', 'id: a\ntitle: A\nsummary: s')]).toJSON());
    const [a] = unpackKnowledge(index, () => '[]').concepts;
    assert.throws(() => a.body, /does not match/);
  });
});
