// The exam-guide checks of the bundled notes, run by every build and by `npm run notes:check`:
// every skill has a note and two authored questions, every question has a skill, no retired service
// is named as current. Writes docs/exam-coverage.md and returns the problems as "file:line: message".
import { readFileSync, writeFileSync } from 'node:fs';

/** The 1-based line where `find` starts, reading the file's lines joined by spaces (text wraps in notes). */
export function lineOf(text, find) {
  const squash = s => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const needle = squash(find);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const window = squash(lines.slice(i, i + 4).join(' '));
    if (window.includes(needle) && !squash(lines.slice(i + 1, i + 4).join(' ')).includes(needle)) return i + 1;
  }
  return 1;
}

export function examChecks(core, kb) {
  const files = new Map(kb.concepts.map(c => [c.id, c.source.file]));
  const fileOf = id => files.get(id) ?? 'notes';
  const bundled = kb.concepts.filter(c => c.origin === 'bundled');
  const cov = core.examCoverage(bundled);
  const issues = [...core.coverageIssues(cov, fileOf), ...core.retiredMentions(bundled, fileOf)];
  const titles = new Map(bundled.map(c => [c.id, c.title]));
  // CI checks the committed file instead of refreshing it (a unit test compares them).
  if (!process.env.CI)
    writeFileSync(
      'docs/exam-coverage.md',
      core.coverageMarkdown(cov, id => titles.get(id) ?? id),
    );
  const texts = new Map();
  const read = f => {
    if (!texts.has(f)) texts.set(f, readFileSync(f, 'utf8'));
    return texts.get(f);
  };
  const lint = core.lintAuthored(kb, c => c.origin === 'bundled');
  for (const f of lint.findings) {
    issues.push({
      file: fileOf(f.conceptId),
      find: f.question.trim().slice(0, 24),
      message: `${f.rule}: ${f.message}`,
    });
  }
  const problems = issues.map(i => `${i.file}:${lineOf(read(i.file), i.find)}: error: ${i.message}`);
  const covered = cov.skills.filter(s => s.notes.length && s.questions >= core.MIN_SKILL_QUESTIONS).length;
  const shares = cov.domains.map(d => `D${d.domain} ${d.share.toFixed(1)}% (${d.weight}%)`).join(', ');
  const summary =
    `exam: ${cov.concepts} concepts, ${cov.authored} authored questions, ` +
    `${covered}/${cov.skills.length} skills covered; shares by domain (exam weight): ${shares}`;
  const rules = Object.entries(lint.byRule)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const generation = core.generateQuizItems(kb);
  const made = generation.items.filter(i => i.source === 'generated').length;
  const dropped =
    Object.entries(generation.dropped)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ') || 'none';
  const linted =
    `lint: ${lint.checked} authored questions checked; findings by rule: ${rules}; ` +
    `generated ${made} questions, dropped by rule: ${dropped}`;
  return { problems, summary: `${summary}\n${linted}` };
}
