import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** Every l10n.t call under src/, with the message it passes when that is a string literal. */
function calls(): { where: string; message?: string }[] {
  return files(join(root, 'src')).flatMap(file => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\bl10n\.t\(\s*/g)].map(m => {
      const literal = /^(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)/.exec(
        text.slice(m.index + m[0].length),
      )?.[0];
      return {
        where: `${relative(root, file)}:${text.slice(0, m.index).split('\n').length}`,
        message: literal === undefined ? undefined : (new Function(`return ${literal}`)() as string),
      };
    });
  });
}

describe('localisation bundle (l10n/bundle.l10n.json; npm run l10n writes it)', () => {
  const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
  const found = calls();

  it('finds the run-time strings, each a plain string literal', () => {
    assert.ok(found.length >= 20, `only ${found.length} l10n.t calls found`);
    assert.deepEqual(
      found.filter(c => c.message === undefined).map(c => c.where),
      [],
    );
  });
  it('has every string that src/ passes to l10n.t', () => {
    assert.deepEqual(
      found.filter(c => c.message !== undefined && !(c.message in bundle)).map(c => `${c.where}: ${c.message}`),
      [],
    );
  });
  it('has no stale keys, and every value is its key', () => {
    const used = new Set(found.map(c => c.message));
    assert.deepEqual(
      Object.keys(bundle).filter(k => !used.has(k)),
      [],
    );
    for (const [k, v] of Object.entries(bundle)) assert.equal(v, k);
  });
});
