// npm run bench: performance figures, with the naive baselines measured in the same run.
// Prints a table and writes test-results/bench.json. A benchmark, not a test: nothing asserts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer } from '../vscode/tools.mjs';
import { runInHost } from '../vscode/runInHost.mjs';
import {
  codeFile,
  generatedNotes,
  hoverLines,
  keystrokeQueries,
  longNotes,
  megaLines,
  questionQueries,
} from './workload.mjs';

const require = createRequire(import.meta.url);
const core = require(join(ROOT, 'dist', 'core.js'));
const Fuse = require('fuse.js');

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms
const stats = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const q = p => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p99: q(0.99) };
};
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function timeEach(inputs, fn) {
  return inputs.map(x => {
    const t = now();
    fn(x);
    return now() - t;
  });
}

function lookupBench(kb, label) {
  const queries = keystrokeQueries(kb);
  let t = now();
  core.searchConcepts(kb, queries[0]);
  const firstMs = now() - t;
  for (const q of queries.slice(0, 50)) core.searchConcepts(kb, q); // warm-up
  const ours = stats(timeEach(queries, q => core.searchConcepts(kb, q, 50)));
  t = now();
  const fuse = new Fuse(
    kb.concepts.map(c => ({ title: c.title, aliases: c.aliases, summary: c.summary })),
    { keys: ['title', 'aliases', 'summary'] },
  );
  const naiveBuildMs = now() - t;
  for (const q of queries.slice(0, 20)) fuse.search(q);
  const naive = stats(timeEach(queries, q => fuse.search(q)));
  return {
    label,
    concepts: kb.concepts.length,
    queries: queries.length,
    medianMs: round(ours.median),
    p99Ms: round(ours.p99),
    firstMs: round(firstMs),
    naiveMedianMs: round(naive.median),
    naiveP99Ms: round(naive.p99),
    naiveBuildMs: round(naiveBuildMs),
    speedupMedian: round(naive.median / ours.median, 1),
    speedupP99: round(naive.p99 / ours.p99, 1),
  };
}

/**
 * Questions typed keystroke by keystroke: the whole look-up (names, then notes), and the notes
 * tier alone. The first question on a fresh knowledge base includes every index it needs (the
 * names', and its words found in the notes' text); the notes' words are read by the next.
 * Naive: fuse.js with default options over the whole note (title, aliases, summary, body), on a
 * sample of the same keystrokes; also its ratio to the names tier's keystrokes.
 */
function notesBench(kb, label, namesMedianMs) {
  const queries = questionQueries(kb);
  const whole = queries.filter((q, i) => i + 1 === queries.length || !queries[i + 1].startsWith(q));
  let t = now();
  core.searchConcepts(kb, whole[0]);
  const firstMs = now() - t;
  // As the look-up does while it is open: the indexes made in steps of 100 notes, then the first question.
  const ahead = core.createKnowledgeBase(kb.toJSON());
  const steps = [];
  for (let done = false; !done;) {
    t = now();
    done = core.prepareLookUp(ahead, 100);
    steps.push(now() - t);
  }
  t = now();
  core.searchConcepts(ahead, whole[0]);
  const preparedFirstMs = now() - t;
  for (const q of queries.slice(0, 40)) core.searchConcepts(kb, q);
  const lookUp = stats(timeEach(queries, q => core.searchConcepts(kb, q, 50)));
  const notes = new core.NotesSearch(kb.concepts);
  notes.search(whole[1]);
  const tier = stats(timeEach(queries, q => notes.search(q, 10)));
  t = now();
  const fuse = new Fuse(
    kb.concepts.map(c => ({ title: c.title, aliases: c.aliases, summary: c.summary, body: c.body })),
    { keys: ['title', 'aliases', 'summary', 'body'] },
  );
  const naiveBuildMs = now() - t;
  const sample = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / 25)) === 0);
  fuse.search(sample[0]);
  const naive = stats(timeEach(sample, q => fuse.search(q)));
  return {
    label,
    concepts: kb.concepts.length,
    wordsPerNote: Math.round(kb.concepts.reduce((n, c) => n + c.body.split(/\s+/).length, 0) / kb.concepts.length),
    queries: queries.length,
    medianMs: round(lookUp.median),
    p99Ms: round(lookUp.p99),
    firstMs: round(firstMs),
    preparedFirstMs: round(preparedFirstMs),
    prepareSteps: steps.length,
    prepareStepMaxMs: round(Math.max(...steps)),
    notesTierMedianMs: round(tier.median),
    notesTierP99Ms: round(tier.p99),
    naiveMedianMs: round(naive.median),
    naiveP99Ms: round(naive.p99),
    naiveBuildMs: round(naiveBuildMs),
    naiveQueries: sample.length,
    speedupMedian: round(naive.median / lookUp.median, 1),
    speedupP99: round(naive.p99 / lookUp.p99, 1),
    namesTierSpeedupMedian: namesMedianMs ? round(naive.median / namesMedianMs, 1) : undefined,
  };
}

function hoverBench(kb, label) {
  const lines = hoverLines(kb, 200, 2000);
  const probes = lines.flatMap((line, i) =>
    Array.from({ length: 20 }, (_, k) => ({ line, ch: Math.floor((((k * 97 + i * 13) % 1000) / 1000) * line.length) })),
  );
  let t = now();
  const index = core.termIndexOf(kb);
  index.findAt(probes[0].line, probes[0].ch);
  const firstMs = now() - t;
  for (const p of probes.slice(0, 500)) index.findAt(p.line, p.ch);
  const oursUs = stats(timeEach(probes, p => index.findAt(p.line, p.ch))).median * 1000;
  const oursP99Us = stats(timeEach(probes, p => index.findAt(p.line, p.ch))).p99 * 1000;
  // Naive: one regular expression alternating every term, run over the whole line.
  const terms = [...new Set(kb.concepts.flatMap(c => [c.title, ...c.aliases]))]
    .sort((a, b) => b.length - a.length)
    .map(s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  t = now();
  const naive = new RegExp(`\\b(?:${terms.join('|')})\\b`, 'gi');
  const naiveBuildMs = now() - t;
  // Every match of the line, then the one under the cursor (the naive hover scans the whole line).
  const naiveFind = (line, ch) => {
    let hit;
    for (const m of line.matchAll(naive)) if (m.index <= ch && ch < m.index + m[0].length) hit = m;
    return hit;
  };
  const naiveProbes = probes.filter((_, i) => i % 20 === 0);
  const naiveUs = stats(timeEach(naiveProbes, p => naiveFind(p.line, p.ch))).median * 1000;
  return {
    label,
    concepts: kb.concepts.length,
    lineChars: 2000,
    probes: probes.length,
    medianUs: round(oursUs, 2),
    p99Us: round(oursP99Us, 2),
    firstMs: round(firstMs),
    naiveMedianUs: round(naiveUs, 1),
    naiveBuildMs: round(naiveBuildMs),
    speedupMedian: round(naiveUs / oursUs, 0),
  };
}

function inThisFileBench(kb) {
  const lines = hoverLines(kb, 10_000, 80);
  const index = core.termIndexOf(kb);
  const runs = timeEach([1, 2, 3, 4, 5], () => {
    for (const l of lines) index.findAll(l);
  });
  return { lines: lines.length, medianMs: round(stats(runs).median, 2) };
}

/** Hover and "In this file" on a 50,000-line file and on single 1 MB lines (real notes). */
function largeEditorBench(kb) {
  const index = core.termIndexOf(kb);
  let seed = 23;
  const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const hover = (lines, count) => {
    const probes = Array.from({ length: count }, () => {
      const line = lines[Math.floor(random() * lines.length)];
      return { line, ch: Math.floor(random() * line.length) };
    });
    for (const p of probes.slice(0, 500)) core.findTermAt(kb, p.line, p.ch);
    const s = stats(timeEach(probes, p => core.findTermAt(kb, p.line, p.ch)));
    return { medianUs: round(s.median * 1000, 2), p99Us: round(s.p99 * 1000, 2) };
  };
  const file = codeFile(kb, 50_000);
  const mega = megaLines(kb);
  const scan = lines => round(stats(timeEach([1, 2, 3, 4, 5], () => core.mentionsIn(index, lines))).median, 2);
  return {
    hover50kLines: hover(file, 20_000),
    hover1MbLine: Object.fromEntries(Object.entries(mega).map(([k, line]) => [k, hover([line], 5000)])),
    inThisFile10kLinesMs: scan(file.slice(0, 10_000)),
    inThisFile50kLinesMs: scan(file),
    inThisFile1MbLineMs: Object.fromEntries(Object.entries(mega).map(([k, line]) => [k, scan([line])])),
  };
}

function renderBench(kb) {
  core.renderMarkdown('warm **up**');
  const runs = timeEach(kb.concepts, c => core.renderMarkdown(c.body));
  return { notes: runs.length, medianMs: round(stats(runs).median), p99Ms: round(stats(runs).p99) };
}

/**
 * First calls, each in a fresh process (nothing compiled or cached yet): the first look-up and
 * the first hover on the generated knowledge base, index build included. Medians of FRESH runs.
 */
const FRESH = 7;
function firstCalls() {
  const median = (kind, variant) => {
    const runs = Array.from({ length: FRESH }, () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'test', 'bench', 'first.mjs'), kind, variant], {
        encoding: 'utf8',
      });
      return r.status === 0 ? JSON.parse(r.stdout).ms : NaN;
    });
    const s = [...runs].sort((a, b) => a - b);
    return { medianMs: round(s[s.length >> 1]), minMs: round(s[0]), maxMs: round(s[s.length - 1]) };
  };
  return {
    runs: FRESH,
    searchKeystroke: median('search', 'keystroke'),
    searchTitle: median('search', 'title'),
    notesQuestion: median('notes', 'question'),
    hoverLineStart: median('hover', 'start'),
    hoverMiddle: median('hover', 'middle'),
  };
}

/**
 * The host bench in one fresh window, on the packaged (release) build kept in `release`. The extension
 * is staged without its "onLanguage" event (which VS Code fires as the window starts, for its own
 * editors) so that it is not active yet and the bench's activate() call loads and activates it. A
 * baseline extension whose activate() does nothing is installed in the same window and activated
 * before or after ours at random: the share of load + activate that is VS Code's own.
 */
async function hostBench(release, baselineVsix) {
  const stage = mkdtempSync(join(tmpdir(), 'genai-study-bench-ext-'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  manifest.activationEvents = manifest.activationEvents.filter(e => e !== 'onLanguage');
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest));
  symlinkSync(release, join(stage, 'dist'));
  for (const entry of ['media', 'package.nls.json', 'l10n']) symlinkSync(join(ROOT, entry), join(stage, entry));
  const server = await startServer({ vsix: baselineVsix, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  try {
    const { output } = await runInHost({
      url: server.url,
      extensionPath: stage,
      testsPath: join(ROOT, 'out', 'test', 'bench', 'host.js'),
      folder: join(ROOT, 'test', 'fixtures', 'workspace'),
    });
    const line = output.split('\n').find(l => l.startsWith('BENCH '));
    return line ? JSON.parse(line.slice(6)) : { error: 'no result from the extension host' };
  } finally {
    server.stop();
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The empty extension of the host bench's baseline, packaged: installed in each window like any other. */
function baselineVsix(dir) {
  const src = join(dir, 'baseline');
  mkdirSync(src);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const baseline = { name: 'bench-baseline', publisher: 'genai-study', version: '0.0.1', license: 'MIT' };
  writeFileSync(
    join(src, 'package.json'),
    JSON.stringify({
      ...baseline,
      main: './extension.js',
      activationEvents: [],
      engines: manifest.engines,
      repository: manifest.repository,
    }),
  );
  writeFileSync(join(src, 'extension.js'), 'exports.activate = () => ({});\n');
  writeFileSync(join(src, 'LICENSE'), 'MIT\n');
  writeFileSync(join(src, 'README.md'), 'An empty extension: the baseline of the activation bench.\n');
  const out = join(dir, 'baseline.vsix');
  const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
  spawnSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: src, stdio: 'ignore' });
  return out;
}

/**
 * The host bench in WINDOWS fresh windows (a new server and profile each): the extension loads and
 * activates once per window. No editor is open there, so it is not yet active when the bench asks.
 */
const WINDOWS = 7;
async function hostBenches(release) {
  const runs = [];
  const dir = mkdtempSync(join(tmpdir(), 'genai-study-bench-baseline-'));
  const vsix = baselineVsix(dir);
  for (let i = 0; i < WINDOWS; i++)
    runs.push(await hostBench(release, vsix).catch(e => ({ error: String(e.message ?? e).split('\n')[0] })));
  rmSync(dir, { recursive: true, force: true });
  const ok = runs.filter(r => !r.error && !r.wasActive);
  const median = key => {
    const s = ok.map(r => r[key]).sort((a, b) => a - b);
    return s.length ? s[s.length >> 1] : NaN;
  };
  const first = ok[0] ?? runs[0];
  return {
    ...first,
    windows: ok.length,
    errors: runs.filter(r => r.error).map(r => r.error),
    loadActivateRunsMs: ok.map(r => round(r.loadActivateMs, 1)),
    baselineRunsMs: ok.map(r => round(r.baselineMs, 1)),
    loadActivateMs: median('loadActivateMs'),
    baselineMs: median('baselineMs'),
    activateMs: median('activateMs'),
    codeLoadMs: median('codeLoadMs'),
    activateCallMs: median('activateCallMs'),
    baselineCodeLoadMs: median('baselineCodeLoadMs'),
    baselineActivateCallMs: median('baselineActivateCallMs'),
    knowledgeLoadMs: median('knowledgeLoadMs'),
    firstHoverCommandMs: median('firstHoverCommandMs'),
    wasActive: runs.some(r => r.wasActive),
  };
}

/**
 * One underline update after an edit on a 2,000-line GenAI file: how the document reads (found anew,
 * as after any edit) and the terms of the visible lines with their margin (110 lines); all terms of
 * the whole file for comparison.
 */
function decorationBench(kb) {
  const index = core.termIndexOf(kb);
  const lines = ['import boto3', 'from transformers import AutoTokenizer', ...codeFile(kb, 1998, 29)];
  const text = lines.join('\n');
  const update = top => {
    const reading = core.readingOf(index, text);
    return core.termsIn(index, i => lines[i], top, Math.min(lines.length, top + 110), reading);
  };
  for (let k = 0; k < 50; k++) update((k * 37) % 1900);
  const runs = timeEach(
    Array.from({ length: 200 }, (_, k) => (k * 53) % 1900),
    update,
  );
  const reading = core.readingOf(index, text);
  const whole = timeEach([1, 2, 3, 4, 5], () => core.termsIn(index, i => lines[i], 0, lines.length, reading));
  return {
    lines: lines.length,
    visibleLines: 110,
    updateMs: round(stats(runs).median),
    updateP99Ms: round(stats(runs).p99),
    wholeFileMs: round(stats(whole).median),
  };
}

function vsixBench() {
  const dir = mkdtempSync(join(tmpdir(), 'genai-study-bench-'));
  const vsix = join(dir, 'genai-study.vsix');
  const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  const files = /\((\d+) files/.exec(r.stdout ?? '')?.[1];
  const bytes = r.status === 0 ? statSync(vsix).size : 0;
  rmSync(dir, { recursive: true, force: true });
  return {
    bytes,
    files: Number(files) || undefined,
    extensionBundleBytes: statSync(join(ROOT, 'dist', 'extension.js')).size,
    kitBytes: statSync(join(ROOT, 'dist', 'kit.js')).size,
    notesBytes: statSync(join(ROOT, 'dist', 'notes.json')).size,
    notesTextBytes: statSync(join(ROOT, 'dist', 'notes-text.zst')).size,
    webviewBytes: ['quiz.js', 'concept.js', 'webview.css'].reduce(
      (n, f) => n + statSync(join(ROOT, 'media', 'dist', f)).size,
      0,
    ),
  };
}

const real = core.createKnowledgeBase(core.bundledNotes(join(ROOT, 'dist', 'notes.json')));
let t = now();
const big = core.createKnowledgeBase(undefined, [{ files: generatedNotes(3000), options: { origin: 'user' } }]);
const parse3000Ms = now() - t;
const freshBig = () => core.createKnowledgeBase(big.toJSON());

const lookup = lookupBench(freshBig(), 'generated');
const lookupReal = lookupBench(core.createKnowledgeBase(real.toJSON()), 'real');
const realText = real.concepts.map(c => c.body).join(' ');
const long = n =>
  core.createKnowledgeBase(
    core.createKnowledgeBase(undefined, [{ files: longNotes(n, realText), options: { origin: 'user' } }]).toJSON(),
  );
const notesSearch = notesBench(long(3000), 'generated', lookup.medianMs);
const notesSearch185 = notesBench(long(185), 'generated');
const notesSearchReal = notesBench(core.createKnowledgeBase(real.toJSON()), 'real', lookupReal.medianMs);
const hover = hoverBench(freshBig(), 'generated');
const hoverReal = hoverBench(core.createKnowledgeBase(real.toJSON()), 'real');
const inThisFile = inThisFileBench(real);
const largeEditors = largeEditorBench(real);
const first = firstCalls();
const render = renderBench(real);
const decorations = decorationBench(real);
// --core: only the figures of the core, without packaging or starting VS Code.
const coreOnly = process.argv.includes('--core');
const vsix = coreOnly ? { bytes: 0 } : vsixBench(); // runs the release build (vscode:prepublish)
// The host bench runs the release build, as packaged, and needs the test bundles of a normal build.
const release = mkdtempSync(join(tmpdir(), 'genai-study-bench-release-'));
if (!coreOnly) {
  cpSync(join(ROOT, 'dist'), release, { recursive: true });
  spawnSync('node', ['esbuild.config.mjs'], { cwd: ROOT, stdio: 'ignore' });
}
const host = coreOnly ? {} : await hostBenches(release);
rmSync(release, { recursive: true, force: true });

const result = {
  machine: `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, node ${process.version}`,
  activation: {
    loadActivateMs: round(host.loadActivateMs ?? NaN),
    activateMs: round(host.activateMs ?? NaN),
    baselineMs: round(host.baselineMs ?? NaN),
    codeLoadMs: host.codeLoadMs,
    activateCallMs: host.activateCallMs,
    baselineCodeLoadMs: host.baselineCodeLoadMs,
    baselineActivateCallMs: host.baselineActivateCallMs,
    overBaselineMs: round((host.loadActivateMs ?? NaN) - (host.baselineMs ?? NaN)),
    windows: host.windows,
    loadActivateRunsMs: host.loadActivateRunsMs,
    baselineRunsMs: host.baselineRunsMs,
    knowledgeLoadMs: round(host.knowledgeLoadMs ?? NaN),
    wasActive: host.wasActive,
  },
  decorations,
  lookup,
  lookupReal,
  notesSearch,
  notesSearch185,
  notesSearchReal,
  hover,
  hoverReal,
  first,
  parse: { notes: 3000, ms: round(parse3000Ms) },
  inThisFile,
  largeEditors,
  tree: { nodes: host.treeNodes, firstMs: round(host.treeFirstMs ?? NaN), medianMs: round(host.treeMedianMs ?? NaN) },
  host: {
    firstHoverCommandMs: round(host.firstHoverCommandMs ?? NaN),
    conceptOpenCommandMs: round(host.conceptOpenCommandMs ?? NaN),
  },
  render,
  vsixBytes: vsix.bytes,
  vsix,
};
// --core writes a file of its own, so that the full run's host figures in bench.json are kept.
const written = coreOnly ? 'bench-core.json' : 'bench.json';
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results', written), JSON.stringify(result, null, 2));
const rows = [
  ['machine', result.machine],
  [
    `activation, median of ${result.activation.windows} windows`,
    `load + activate ${result.activation.loadActivateMs} ms (${(result.activation.loadActivateRunsMs ?? []).join(', ')}); an empty extension in the same windows ${result.activation.baselineMs} ms (${(result.activation.baselineRunsMs ?? []).join(', ')}); activate() ${result.activation.activateMs} ms; VS Code's marks: loading the code ${result.activation.codeLoadMs} ms (empty extension ${result.activation.baselineCodeLoadMs} ms), the activate call ${result.activation.activateCallMs} ms (${result.activation.baselineActivateCallMs} ms); knowledge base load ${result.activation.knowledgeLoadMs} ms`,
  ],
  [
    'underline update, 2,000-line GenAI file',
    `median ${decorations.updateMs} ms, p99 ${decorations.updateP99Ms} ms (${decorations.visibleLines} lines); whole file ${decorations.wholeFileMs} ms`,
  ],
  [
    'look-up, 3,000 concepts',
    `median ${lookup.medianMs} ms, p99 ${lookup.p99Ms} ms, first ${lookup.firstMs} ms; naive fuse.js median ${lookup.naiveMedianMs} ms, p99 ${lookup.naiveP99Ms} ms (×${lookup.speedupMedian} / ×${lookup.speedupP99})`,
  ],
  [
    `look-up, real (${lookupReal.concepts})`,
    `median ${lookupReal.medianMs} ms, p99 ${lookupReal.p99Ms} ms, first ${lookupReal.firstMs} ms; naive median ${lookupReal.naiveMedianMs} ms`,
  ],
  ...[notesSearch, notesSearch185, notesSearchReal].map(n => [
    `questions, ${n.label} (${n.concepts} × ${n.wordsPerNote} words)`,
    `look-up median ${n.medianMs} ms, p99 ${n.p99Ms} ms, first ${n.firstMs} ms (after the look-up made its indexes in ${n.prepareSteps} idle steps of at most ${n.prepareStepMaxMs} ms: ${n.preparedFirstMs} ms); notes tier median ${n.notesTierMedianMs} ms, p99 ${n.notesTierP99Ms} ms; naive fuse.js over whole notes median ${n.naiveMedianMs} ms (×${n.speedupMedian}${n.namesTierSpeedupMedian ? `; names tier ×${n.namesTierSpeedupMedian}` : ''})`,
  ]),
  [
    'hover, 3,000 concepts, 2,000-char lines',
    `median ${hover.medianUs} µs, p99 ${hover.p99Us} µs, first ${hover.firstMs} ms; naive regex median ${hover.naiveMedianUs} µs (×${hover.speedupMedian})`,
  ],
  [
    `hover, real (${hoverReal.concepts})`,
    `median ${hoverReal.medianUs} µs, p99 ${hoverReal.p99Us} µs, first ${hoverReal.firstMs} ms; naive ${hoverReal.naiveMedianUs} µs (×${hoverReal.speedupMedian})`,
  ],
  [
    `first call, fresh process (median of ${first.runs})`,
    `look-up: keystroke ${first.searchKeystroke.medianMs} ms, whole title ${first.searchTitle.medianMs} ms, question over 3,000 long notes ${first.notesQuestion.medianMs} ms; hover: line start ${first.hoverLineStart.medianMs} ms, mid-line ${first.hoverMiddle.medianMs} ms`,
  ],
  ['parse 3,000 notes', `${result.parse.ms} ms`],
  ['"In this file", 10,000 lines', `${inThisFile.medianMs} ms`],
  [
    'hover, 50,000-line file (real)',
    `median ${largeEditors.hover50kLines.medianUs} µs, p99 ${largeEditors.hover50kLines.p99Us} µs`,
  ],
  [
    'hover, one 1 MB line (real)',
    Object.entries(largeEditors.hover1MbLine)
      .map(([k, v]) => `${k}: median ${v.medianUs} µs, p99 ${v.p99Us} µs`)
      .join('; '),
  ],
  [
    '"In this file", code file (real)',
    `10,000 lines ${largeEditors.inThisFile10kLinesMs} ms, 50,000 lines ${largeEditors.inThisFile50kLinesMs} ms; one 1 MB line: ${Object.entries(
      largeEditors.inThisFile1MbLineMs,
    )
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}`,
  ],
  [
    'tree, whole real tree',
    `${result.tree.nodes} nodes: first ${result.tree.firstMs} ms, median ${result.tree.medianMs} ms`,
  ],
  ['first hover via executeHoverProvider', `${result.host.firstHoverCommandMs} ms`],
  ['note render (markdown-it)', `median ${render.medianMs} ms, p99 ${render.p99Ms} ms`],
  [
    '.vsix',
    `${vsix.bytes} bytes, ${vsix.files} files; extension bundle (Node and web) ${vsix.extensionBundleBytes} B, notes kit ${vsix.kitBytes} B, notes index ${vsix.notesBytes} B and text ${vsix.notesTextBytes} B (zstd), webviews ${vsix.webviewBytes} B`,
  ],
];
// Rows that need VS Code or the package are left out of a --core run.
const HOST_ROWS = /^(activation|tree|first hover via|\.vsix)/;
const shown = rows.filter(([k]) => !(coreOnly && HOST_ROWS.test(k)));
const w = Math.max(...shown.map(r => r[0].length));
for (const [k, v] of shown) console.log(`${k.padEnd(w)}  ${v}`);
console.log(`\nwrote test-results/${written}`);
