// Copies the UI tests' screenshots of each surface, in both themes, into docs/screenshots for the
// README. Run `node test/run.mjs ui` first (it writes test-results/screenshots), then:
//   npm run screenshots
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recompress } from './png.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FROM = join(ROOT, 'test-results', 'screenshots');
const TO = join(ROOT, 'docs', 'screenshots');
/** docs name: the UI test's shot. */
const SURFACES = {
  'first-hover': '0b-first-hover-temperature',
  topics: '1-topics-tree',
  'look-up': '2-look-up',
  'look-up-question': '2b-look-up-question',
  'concept-view': '3-concept-view',
  hover: '4-hover',
  quiz: '5-quiz-question',
  'in-this-file': '5a-in-this-file',
  'mock-exam-question': '7-mock-exam-question',
  'mock-exam-case-study': '7a-mock-exam-case-study',
  'mock-exam-review': '7b-mock-exam-review',
  'mock-exam': '8-mock-exam-score',
  readiness: '9-readiness',
};
const THEMES = ['light', 'dark'];

const wanted = THEMES.flatMap(theme =>
  Object.entries(SURFACES).map(([name, shot]) => ({
    from: join(FROM, `${theme}-${shot}.png`),
    to: `${theme}-${name}.png`,
  })),
);
const missing = wanted.filter(w => !existsSync(w.from)).map(w => w.from);
if (missing.length) {
  console.error(`Missing screenshots (run \`node test/run.mjs ui\` first):\n${missing.join('\n')}`);
  process.exit(1);
}
mkdirSync(TO, { recursive: true });
for (const f of readdirSync(TO)) if (!wanted.some(w => w.to === f)) rmSync(join(TO, f));
let total = 0;
for (const w of wanted) {
  const png = recompress(readFileSync(w.from));
  writeFileSync(join(TO, w.to), png);
  total += png.length;
}
console.log(`docs/screenshots: ${wanted.length} files, ${Math.round(total / 1024)} KB`);
