import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const source = (file: string) => readFileSync(join(root, 'src', file), 'utf8');
const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter(l => l.startsWith('!'))
  .map(l => l.slice(1).trim());
const packaged = (file: string) =>
  ignore.some(p => p === file || (p.endsWith('/**') && file.startsWith(p.slice(0, -2))));
const enumValues = (name: string) =>
  [
    ...(new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(source('vscode/shared/commands.ts'))?.[1] ?? '').matchAll(
      /'([^']+)'/g,
    ),
  ].map(m => m[1]);

describe('manifest', () => {
  it('contributes exactly the commands the code registers', () => {
    const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, enumValues('Command').sort());
  });
  it('contributes every view the code creates', () => {
    const views = Object.values(manifest.contributes.views)
      .flat()
      .map(v => (v as { id: string }).id)
      .sort();
    assert.deepEqual(views, enumValues('View').sort());
  });
  it('every %key% has a string in package.nls.json, and none is unused', () => {
    const text = readFileSync(join(root, 'package.json'), 'utf8');
    const keys = new Set([...text.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
    for (const k of keys) assert.ok(typeof nls[k] === 'string' && nls[k].length > 0, `package.nls.json lacks ${k}`);
    for (const k of Object.keys(nls)) assert.ok(keys.has(k), `package.nls.json has unused ${k}`);
  });
  it('activates with the first editor of any language (for its first hover), on reviving its panels, and one bundle serves both hosts', () => {
    assert.deepEqual(
      manifest.activationEvents,
      [
        'onLanguage',
        'onWebviewPanel:genaiStudy.quizPanel',
        'onWebviewPanel:genaiStudy.concept',
        'onWebviewPanel:genaiStudy.readiness',
      ],
      'only what VS Code cannot infer',
    );
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, manifest.main);
  });
  it('the extension bundle requires nothing but vscode, so it loads in the web worker host too', () => {
    const bundle = readFileSync(join(root, 'dist', 'extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(m => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });
  it('every command is in the GenAI Study category; those that need an argument are out of the palette or conditional', () => {
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'GenAI Study', c.command);
    const palette = new Map(
      manifest.contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]),
    );
    for (const id of [
      'genaiStudy.openConcept',
      'genaiStudy.quizConcept',
      'genaiStudy.copyDefinition',
      'genaiStudy.openSource',
    ])
      assert.ok(palette.get(id), `${id} has a palette condition`);
  });
  it('in Restricted Mode a workspace cannot choose the note folders', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['genaiStudy.notes.folders']);
    assert.ok(
      manifest.contributes.configuration.properties['genaiStudy.notes.folders'],
      'the restricted setting exists',
    );
  });
  it('underlines are off by default and the quiz-this-file command is in the editor context menu', () => {
    assert.equal(manifest.contributes.configuration.properties['genaiStudy.underline.terms'].default, 'off');
    assert.ok(
      manifest.contributes.menus['editor/context'].some(
        (m: { command: string }) => m.command === 'genaiStudy.quizFile',
      ),
    );
    assert.ok(manifest.contributes.colors.some((c: { id: string }) => c.id === 'genaiStudy.termUnderline'));
  });
  it('every setting has a description', () => {
    for (const [key, s] of Object.entries(manifest.contributes.configuration.properties) as [
      string,
      { description?: string; markdownDescription?: string },
    ][]) {
      assert.match(s.markdownDescription ?? s.description ?? '', /^%.+%$/, key);
    }
  });
  it('the walkthrough has five steps, each with packaged media, a command link and completion events that exist', () => {
    const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const views = new Set(
      Object.values(manifest.contributes.views)
        .flat()
        .map(v => (v as { id: string }).id),
    );
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.steps.length, 5);
    for (const step of walkthrough.steps) {
      const media = step.media.svg ?? step.media.image ?? step.media.markdown;
      assert.ok(existsSync(join(root, media)), `${media} exists`);
      assert.ok(packaged(media), `${media} is in the .vscodeignore allow-list`);
      const links = [...nls[step.description.slice(1, -1)].matchAll(/\]\(command:([\w.]+)\)/g)].map(m => m[1]);
      assert.equal(links.length, 1, `one command link in ${step.id}`);
      for (const id of links)
        assert.ok(commands.has(id) || views.has(id.replace(/\.focus$/, '')), `${id} in ${step.id}`);
      assert.ok(step.completionEvents.length > 0, `${step.id} has completion events`);
      for (const e of step.completionEvents) {
        const [kind, id] = e.split(/:(.*)/);
        assert.ok(kind === 'onCommand' ? commands.has(id) : kind === 'onView' && views.has(id), `${e} in ${step.id}`);
      }
    }
  });
  it('packages the files the manifest points at', () => {
    for (const file of [
      manifest.icon,
      manifest.main,
      'dist/notes.json',
      'dist/notes-text.zst',
      'dist/kit.js',
      'l10n/bundle.l10n.json',
      manifest.contributes.viewsContainers.activitybar[0].icon,
    ]) {
      assert.ok(packaged(file.replace(/^\.\//, '')), `${file} is in the .vscodeignore allow-list`);
      assert.ok(existsSync(join(root, file)), `${file} exists`);
    }
  });
  it('keeps the YAML parser and markdown-it out of the main bundle: they are in the notes kit', () => {
    const main = readFileSync(join(root, manifest.main), 'utf8');
    const kit = readFileSync(join(root, 'dist', 'kit.js'), 'utf8');
    // A message of yaml's parser and a rule name of markdown-it's, in whichever bundle carries them.
    for (const marker of ['Implicit keys need to be on a single line', 'linkify-it']) {
      assert.ok(!main.includes(marker), `${marker} is not in ${manifest.main}`);
    }
    assert.ok(kit.includes('Implicit keys need to be on a single line'), 'the kit carries the YAML parser');
    assert.ok(/markdown-it|normalizeLink/.test(kit), 'the kit carries markdown-it');
  });
  it('the README lists every keybinding', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Keybindings'),
      readme.indexOf('\n## ', readme.indexOf('## Keybindings') + 1),
    );
    const keys = (k: string) =>
      k
        .split('+')
        .map(p => `${p[0].toUpperCase()}${p.slice(1)}`)
        .join('+');
    const title = (id: string) =>
      nls[manifest.contributes.commands.find((c: { command: string }) => c.command === id).title.slice(1, -1)];
    const rows = section.split('\n').filter(l => l.startsWith('| `'));
    assert.equal(rows.length, manifest.contributes.keybindings.length);
    for (const b of manifest.contributes.keybindings) {
      assert.ok(
        rows.some(
          r =>
            r.includes(`\`${keys(b.key)}\``) &&
            r.includes(`\`${keys(b.mac ?? b.key)}\``) &&
            r.includes(`GenAI Study: ${title(b.command)}`),
        ),
        `${b.command} ${b.key}`,
      );
    }
  });
});
