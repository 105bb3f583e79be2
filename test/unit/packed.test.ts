import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  mergeKnowledge,
  packKnowledge,
  parseNotes,
  readNoteFolder,
  unpackKnowledge,
  type PackedKnowledge,
} from '../../src/api/node';
import { kbOf, note } from './helpers';

const root = join(__dirname, '..', '..', '..');

describe('packed knowledge (the form of dist/notes.json)', () => {
  it('unpacks the build output to exactly the parsed bundled notes, and leaves out the derivable fields', async () => {
    const files = await readNoteFolder(join(root, 'notes'));
    const parsed = mergeKnowledge([parseNotes(files, { origin: 'bundled', fileLabel: p => `notes/${p}` })]).toJSON();
    const built = JSON.parse(readFileSync(join(root, 'dist', 'notes.json'), 'utf8')) as PackedKnowledge;
    assert.equal(built.packed, 1);
    assert.deepEqual(unpackKnowledge(built), JSON.parse(JSON.stringify(parsed)));
    assert.deepEqual(
      built.concepts.filter(c => 'topicPath' in c || 'origin' in c || 'file' in c || 'source' in c).map(c => c.id),
      [],
    );
  });

  it('keeps what it cannot derive: another file name, a topic path of its own, a user origin', () => {
    const data = kbOf([
      note('basics/renamed.md', 'id: rag\ntitle: RAG\nsummary: s'),
      note('basics/b.md', 'id: b\ntitle: B\nsummary: s'),
    ]).toJSON();
    const odd = { ...data, concepts: data.concepts.map(c => (c.id === 'b' ? { ...c, topicPath: ['Elsewhere'] } : c)) };
    const packed = packKnowledge(odd);
    const [rag, b] = ['rag', 'b'].map(id => packed.concepts.find(c => c.id === id)!);
    assert.equal(rag.file, 'basics/renamed.md');
    assert.deepEqual(b.topicPath, ['Elsewhere']);
    assert.equal(rag.origin, 'user');
    assert.deepEqual(unpackKnowledge(packed), odd);
    assert.equal(unpackKnowledge(odd), odd, 'unpacked data passes through');
  });
});
