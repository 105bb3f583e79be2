// One command for every test layer: node test/run.mjs [unit|integration|web|ui|all] [--no-build]
// unit: mocha on plain Node over src/core. integration: the suite in the Node extension host of
// a real VS Code (code-server). web: the same suite in the web-worker extension host. ui: the
// packaged .vsix in that VS Code, driven in Chromium. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureChromium, ensureCodeServer, startServer } from './vscode/tools.mjs';
import { runInHost } from './vscode/runInHost.mjs';

const argv = process.argv.slice(2);
const noBuild = argv.includes('--no-build'); // rerun against the current build
const what = argv.find(a => !a.startsWith('--')) ?? 'all';
const layers = what === 'all' ? ['unit', 'integration', 'web', 'ui'] : [what];
const totals = { passed: 0, failed: 0 };
const FIXTURES = join(ROOT, 'test', 'fixtures', 'workspace');

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

async function unit() {
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20000 });
  const dir = join(ROOT, 'out', 'test', 'unit');
  for (const f of readdirSync(dir)
    .filter(f => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(dir, f));
  await mocha.loadFilesAsync();
  const stats = await new Promise(resolve => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  return { passed: stats.passes, failed: stats.failures };
}

/** Counts from the suite's own closing line; a host that died without one counts as one failure. */
function counted(code, output, label) {
  const m = new RegExp(`${label}: (\\d+) passed, (\\d+) failed`).exec(output);
  if (m) return { passed: Number(m[1]), failed: Number(m[2]) + (code !== 0 && Number(m[2]) === 0 ? 1 : 0) };
  return { passed: 0, failed: 1 };
}

async function integration() {
  const server = await startServer({ extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  let main;
  try {
    const { code, output } = await runInHost({
      url: server.url,
      extensionPath: ROOT,
      testsPath: join(ROOT, 'out', 'test', 'integration', 'index.js'),
      folder: FIXTURES,
    });
    main = counted(code, output, 'integration');
  } finally {
    server.stop();
  }
  const trust = await restrictedMode();
  return { passed: main.passed + trust.passed, failed: main.failed + trust.failed };
}

/** The Restricted Mode suite, in a window with workspace trust on whose folder is not trusted. */
async function restrictedMode() {
  const dir = mkdtempSync(join(tmpdir(), 'genai-study-trust-'));
  const settings = join(dir, 'settings.json');
  writeFileSync(
    settings,
    JSON.stringify({
      ...JSON.parse(readFileSync(join(ROOT, 'test', 'vscode', 'settings.json'), 'utf8')),
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
    }),
  );
  const server = await startServer({
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    settings,
    trust: true,
  });
  try {
    const { code, output } = await runInHost({
      url: server.url,
      extensionPath: ROOT,
      testsPath: join(ROOT, 'out', 'test', 'integration', 'trust.js'),
      folder: join(ROOT, 'test', 'fixtures', 'untrusted'),
    });
    return counted(code, output, 'trust');
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function web() {
  // The browser entry alone: with both entries code-server would pick the Node host.
  const stage = mkdtempSync(join(tmpdir(), 'genai-study-web-'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest));
  for (const entry of ['dist', 'media', 'package.nls.json', 'l10n']) {
    try {
      symlinkSync(join(ROOT, entry), join(stage, entry));
    } catch {
      /* optional entry */
    }
  }
  const server = await startServer({ extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  try {
    const { code, output } = await runInHost({
      url: server.url,
      extensionPath: stage,
      testsPath: join(stage, 'dist', 'web', 'test', 'index.js'),
      folder: FIXTURES,
    });
    return counted(code, output, 'web');
  } finally {
    server.stop();
    rmSync(stage, { recursive: true, force: true });
  }
}

async function ui() {
  const out = mkdtempSync(join(tmpdir(), 'genai-study-vsix-'));
  const vsix = join(out, 'genai-study.vsix');
  sh('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix]);
  const { runUi } = await import('./ui/ui.test.mjs');
  const total = { passed: 0, failed: 0 };
  try {
    const themes = [
      ['dark', 'Default Dark Modern'],
      ['light', 'Default Light Modern'],
    ].filter(([t]) => !process.env.UI_THEME || process.env.UI_THEME === t);
    for (const [theme, colorTheme] of themes) {
      const settings = join(out, `settings-${theme}.json`);
      writeFileSync(
        settings,
        JSON.stringify({
          ...JSON.parse(readFileSync(join(ROOT, 'test', 'vscode', 'settings.json'), 'utf8')),
          'workbench.colorTheme': colorTheme,
        }),
      );
      const server = await startServer({ vsix, settings });
      try {
        console.log(`-- ${theme} theme`);
        const r = await runUi({ url: server.url, folder: FIXTURES, theme });
        total.passed += r.passed;
        total.failed += r.failed;
      } finally {
        server.stop();
      }
    }
    return total;
  } finally {
    rmSync(out, { recursive: true, force: true });
    sh('node', ['esbuild.config.mjs']); // back to the development build the other layers use
  }
}

const run = { unit, integration, web, ui };
let fatal = false;
try {
  if (!noBuild) sh('node', ['esbuild.config.mjs']);
  if (layers.some(l => l !== 'unit')) {
    ensureChromium();
    ensureCodeServer();
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  for (const layer of layers) {
    if (!run[layer]) throw new Error(`Unknown test layer "${layer}": use unit, integration, web, ui or all.`);
    console.log(`\n=== ${layer} ===`);
    const started = Date.now();
    let r;
    try {
      r = await run[layer]();
    } catch (e) {
      console.error(e);
      r = { passed: 0, failed: 1 };
    }
    console.log(
      `=== ${layer}: ${r.passed} passed, ${r.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    totals.passed += r.passed;
    totals.failed += r.failed;
  }
} catch (e) {
  console.error(e.message ?? e);
  fatal = true;
}
console.log(`\n${totals.passed} passed, ${totals.failed + (fatal ? 1 : 0)} failed`);
process.exit(totals.failed || fatal ? 1 : 0);
