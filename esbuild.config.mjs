// Builds everything: the extension bundle (one for the Node and web hosts) and its lazily loaded notes
// kit, the webview apps into media/dist, dist/core.js (the Node API), the compiled bundled notes (an
// index and a compressed text), and the test bundles.
//   node esbuild.config.mjs [--release] [--watch] [--notes-only] [--lenient: report note problems, do not fail]
import * as esbuild from 'esbuild';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { init as zstdInit, compress as zstd } from '@bokuweb/zstd-wasm';
import { examChecks } from './scripts/exam-coverage.mjs';

const args = new Set(process.argv.slice(2));
const release = args.has('--release');
const watch = args.has('--watch');
const common = { bundle: true, minify: release, sourcemap: !release, logLevel: 'warning', target: 'es2022' };
const node = { ...common, platform: 'node', format: 'cjs', external: ['vscode'] };
const browser = {
  ...common,
  platform: 'browser',
  format: 'cjs',
  external: ['vscode'],
  define: { global: 'globalThis' },
};

// mocha >= 11 is ESM; its UMD browser build must only set globalThis.mocha inside the web bundle.
// markdown-it always creates a LinkifyIt, but src/core/markdown.ts turns linkify off: the notes kit
// gets an inert one that finds no links.
const noLinkify = {
  name: 'no-linkify',
  setup(build) {
    build.onResolve({ filter: /^linkify-it$/ }, () => ({ path: 'linkify-it', namespace: 'no-linkify' }));
    build.onLoad({ filter: /.*/, namespace: 'no-linkify' }, () => ({
      contents:
        'export class LinkifyIt { test() { return false; } match() { return null; } matchAtStart() { return null; } }',
      loader: 'js',
    }));
  },
};

const mochaUmdAsGlobal = {
  name: 'mocha-umd-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async a => ({
      contents: `(function () { var module, exports, define;\n${await readFile(a.path, 'utf8')}\n})();`,
      loader: 'js',
    }));
  },
};

/** Compiles notes/ with the core's own parser; any problem fails the build with file:line. */
async function compileNotes() {
  await esbuild.build({
    ...node,
    minify: false,
    sourcemap: false,
    entryPoints: ['src/api/node.ts'],
    outfile: 'dist/core.js',
  });
  const require = createRequire(import.meta.url);
  const core = require('./dist/core.js');
  const files = await core.readNoteFolder('notes');
  const kb = core.mergeKnowledge([core.parseNotes(files, { origin: 'bundled', fileLabel: p => `notes/${p}` })]);
  for (const p of kb.problems) console.error(`${p.file}:${p.line}: ${p.severity}: ${p.message}`);
  if (kb.problems.length && !args.has('--lenient'))
    throw new Error(`${kb.problems.length} problem(s) in the bundled notes`);
  const exam = examChecks(core, kb);
  exam.problems.push(...caseProblems(kb));
  for (const p of exam.problems) console.error(p);
  if (exam.problems.length && !args.has('--lenient'))
    throw new Error(`${exam.problems.length} problem(s) with the exam guide's coverage`);
  const quiz = kb.concepts.reduce((n, c) => n + c.quiz.length, 0);
  const { index, text } = core.packKnowledge(kb.toJSON());
  await mkdir('dist', { recursive: true });
  await writeFile('dist/notes.json', JSON.stringify(index));
  await zstdInit();
  await writeFile('dist/notes-text.zst', zstd(Buffer.from(text), 19));
  const cases = new Set(kb.concepts.flatMap(c => c.quiz.filter(q => q.case).map(q => `${c.id}/${q.case.id}`))).size;
  console.log(
    `notes: ${kb.concepts.length} concepts, ${kb.topics.length} topics, ${quiz} authored quiz items (${cases} case studies), ${kb.problems.length} problems`,
  );
  console.log(exam.summary);
}

const tests = () => [
  {
    ...node,
    minify: false,
    sourcemap: 'inline',
    entryPoints: readdirSync('test/unit')
      .filter(f => f.endsWith('.test.ts'))
      .map(f => `test/unit/${f}`),
    outdir: 'out/test/unit',
    external: ['vscode', 'mocha', 'fast-check'],
  },
  {
    ...node,
    minify: false,
    sourcemap: 'inline',
    entryPoints: ['test/integration/index.ts'],
    outfile: 'out/test/integration/index.js',
    external: ['vscode', 'mocha'],
  },
  {
    ...node,
    minify: false,
    sourcemap: 'inline',
    entryPoints: ['test/integration/trust-index.ts'],
    outfile: 'out/test/integration/trust.js',
    external: ['vscode', 'mocha'],
  },
  { ...node, minify: false, sourcemap: false, entryPoints: ['test/bench/host.ts'], outfile: 'out/test/bench/host.js' },
  {
    ...browser,
    minify: false,
    sourcemap: 'inline',
    entryPoints: ['test/integration/web-index.ts'],
    outfile: 'dist/web/test/index.js',
    plugins: [mochaUmdAsGlobal],
    inject: ['test/integration/process-shim.js'],
  },
];

const builds = [
  // One CommonJS bundle for `main` and `browser`: files are read through workspace.fs, so the
  // browser builds of the dependencies (no Node built-ins) serve the Node host as well.
  { ...browser, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  // The notes kit (YAML front matter and markdown-it), loaded by the extension on first need.
  { ...browser, entryPoints: ['src/core/kit.ts'], outfile: 'dist/kit.js', plugins: [noLinkify] },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    entryPoints: {
      quiz: 'src/webview/quiz.ts',
      concept: 'src/webview/concept.ts',
      readiness: 'src/webview/readiness.ts',
    },
    outdir: 'media/dist',
    minify: true,
    sourcemap: !release,
  },
  {
    ...common,
    entryPoints: ['src/webview/webview.css'],
    outfile: 'media/dist/webview.css',
    minify: true,
    sourcemap: false,
  },
  ...(release ? [] : tests()),
];

try {
  await compileNotes();
  if (!args.has('--notes-only')) {
    if (watch) for (const b of builds) await (await esbuild.context(b)).watch();
    else await Promise.all(builds.map(b => esbuild.build(b)));
  }
} catch (e) {
  console.error(e.message ?? e);
  process.exit(1);
}

/** A case study's questions must test skills of one exam domain: the mock exam draws a case whole, in its domain. */
function caseProblems(kb) {
  const out = [];
  for (const c of kb.concepts) {
    const domains = new Map();
    for (const q of c.quiz.filter(x => x.case)) {
      const skill = q.skill ?? c.exam?.skills?.[0];
      const d = skill ? Number(skill[0]) : c.exam?.domain;
      domains.set(q.case.id, new Set([...(domains.get(q.case.id) ?? []), d]));
    }
    for (const [id, set] of domains) {
      if (set.size > 1)
        out.push(
          `${c.source.file}:${c.source.line}: case study ${id} of ${c.id} mixes exam domains ${[...set].join(', ')}`,
        );
    }
  }
  return out;
}
