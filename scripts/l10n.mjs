// Writes l10n/bundle.l10n.json from every vscode.l10n.t('…') string literal under src/:
//   npm run l10n
// A call whose message is not a plain string literal is an error: the bundle could not list it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CALL = /\bl10n\.t\(\s*/g;
const LITERAL = /^(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)/;

const files = dir =>
  readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const messages = new Set();
const problems = [];
for (const file of files(join(ROOT, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(CALL)) {
    const literal = LITERAL.exec(text.slice(m.index + m[0].length))?.[0];
    if (literal) messages.add(new Function(`return ${literal}`)());
    else
      problems.push(
        `${relative(ROOT, file)}:${text.slice(0, m.index).split('\n').length}: l10n.t needs a string literal message`,
      );
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const bundle = Object.fromEntries([...messages].sort().map(s => [s, s]));
writeFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), JSON.stringify(bundle, null, 2) + '\n');
console.log(`l10n/bundle.l10n.json: ${messages.size} messages`);
