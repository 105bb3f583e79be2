// One first call in a fresh process, run by test/bench/run.mjs: builds the generated knowledge base
// of 3,000 concepts, then times the first look-up or hover on it, index build (and for a hover the document's
// reading) included.
//   node test/bench/first.mjs search keystroke|title   node test/bench/first.mjs hover start|middle
//   node test/bench/first.mjs notes question
// Prints {"ms": …}.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedNotes, hoverLines, keystrokeQueries, longNotes, questionQueries } from './workload.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const core = createRequire(import.meta.url)(join(ROOT, 'dist', 'core.js'));
const now = () => Number(process.hrtime.bigint()) / 1e6;

const [kind, variant] = process.argv.slice(2);
// notes: 3,000 notes of about 400 words, and a whole question, the first call of the notes search.
const files =
  kind === 'notes'
    ? longNotes(
        3000,
        core
          .bundledNotes(join(ROOT, 'dist', 'notes.json'))
          .concepts.map(c => c.body)
          .join(' '),
      )
    : generatedNotes(3000);
const big = core.createKnowledgeBase(undefined, [{ files, options: { origin: 'user' } }]);
const kb = core.createKnowledgeBase(big.toJSON());
let t;
if (kind === 'notes') {
  const queries = questionQueries(kb);
  const question = queries.find((q, i) => !queries[i + 1].startsWith(q));
  t = now();
  core.searchConcepts(kb, question);
} else if (kind === 'search') {
  // The first keystroke, or a whole title as when the look-up opens with the word under the cursor.
  const query = variant === 'title' ? kb.concepts[kb.concepts.length >> 1].title : keystrokeQueries(kb)[0];
  t = now();
  core.searchConcepts(kb, query);
} else {
  // As the hover provider does: the document's reading, then the term under the cursor.
  const line = hoverLines(kb, 1, 2000)[0];
  t = now();
  core.hoverAt(kb, line, 0, variant === 'middle' ? line.length >> 1 : 0);
}
console.log(JSON.stringify({ ms: now() - t }));
