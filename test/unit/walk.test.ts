import * as assert from 'node:assert/strict';
import { MAX_FOLDER_DEPTH, MAX_NOTE_BYTES, readNoteTree, type FileAccess } from '../../src/core';

// The note walk over an in-memory file system: the same code the extension runs over workspace.fs
// and the Node API over node:fs.

type Tree = { [name: string]: Tree | string | number };

function memory(root: Tree): FileAccess<string> {
  const at = (path: string): Tree | string | number | undefined =>
    path
      .split('/')
      .filter(Boolean)
      .reduce<Tree | string | number | undefined>((t, p) => (typeof t === 'object' ? t[p] : undefined), root);
  return {
    readDirectory: async dir => {
      const t = at(dir);
      if (typeof t !== 'object') throw new Error('not a folder');
      return Object.entries(t).map(([name, v]) => [name, typeof v === 'object' ? 'directory' : 'file'] as const);
    },
    stat: async file => ({ size: typeof at(file) === 'number' ? (at(file) as number) : String(at(file)).length }),
    readText: async file => {
      const v = at(file);
      if (typeof v !== 'string') throw new Error('unreadable');
      return v;
    },
    join: (dir, name) => `${dir}/${name}`,
  };
}

describe('note walk', () => {
  it('reads every .md file with its relative path, and skips hidden folders, node_modules and other files', async () => {
    const files = await readNoteTree(
      '',
      memory({
        'a.md': 'A',
        'b.txt': 'B',
        '.git': { 'c.md': 'C' },
        node_modules: { 'd.md': 'D' },
        topic: { 'e.MD': 'E', sub: { 'f.md': 'F' } },
      }),
    );
    assert.deepEqual(files.map(f => [f.path, f.text]).sort(), [
      ['a.md', 'A'],
      ['topic/e.MD', 'E'],
      ['topic/sub/f.md', 'F'],
    ]);
  });

  it('keeps only the size of a file too large to read, and stops at the depth and file limits', async () => {
    let deep: Tree = { 'bottom.md': 'x' };
    for (let i = 0; i <= MAX_FOLDER_DEPTH + 1; i++) deep = { [`d${i}`]: deep };
    const files = await readNoteTree('', memory({ 'huge.md': MAX_NOTE_BYTES + 1, ...deep }));
    assert.deepEqual(files, [{ path: 'huge.md', text: '', bytes: MAX_NOTE_BYTES + 1 }]);
    const many: Tree = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`n${i}.md`, 'n']));
    assert.equal((await readNoteTree('', memory(many), 10)).length, 10);
  });

  it('skips what it cannot read and never rejects', async () => {
    const fs = memory({ 'ok.md': 'ok', 'bad.md': 7 });
    assert.deepEqual(
      (
        await readNoteTree('', {
          ...fs,
          readText: async f => (f.endsWith('bad.md') ? Promise.reject(new Error('no')) : 'ok'),
        })
      ).map(f => f.path),
      ['ok.md'],
    );
    assert.deepEqual(await readNoteTree('missing', fs), []);
  });
});
