import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const source = (file: string) => readFileSync(join(root, 'src', file), 'utf8');
const enumValues = (name: string) => [...(new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(source('vscode/commands.ts'))?.[1] ?? '').matchAll(/'([^']+)'/g)].map(m => m[1]);

describe('manifest', () => {
  it('contributes exactly the commands the code registers', () => {
    const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, enumValues('Command').sort());
  });
  it('contributes every view the code creates', () => {
    const views = Object.values(manifest.contributes.views).flat().map(v => (v as { id: string }).id).sort();
    assert.deepEqual(views, enumValues('View').sort());
  });
  it('every %key% has a string in package.nls.json, and none is unused', () => {
    const text = readFileSync(join(root, 'package.json'), 'utf8');
    const keys = new Set([...text.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
    for (const k of keys) assert.ok(typeof nls[k] === 'string' && nls[k].length > 0, `package.nls.json lacks ${k}`);
    for (const k of Object.keys(nls)) assert.ok(keys.has(k), `package.nls.json has unused ${k}`);
  });
  it('activates on nothing but its contributions, and one bundle serves both hosts', () => {
    assert.deepEqual(manifest.activationEvents, []);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, manifest.main);
  });
  it('the extension bundle requires nothing but vscode, so it loads in the web worker host too', () => {
    const bundle = readFileSync(join(root, 'dist', 'extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(m => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });
});
