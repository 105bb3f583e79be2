// The readiness view: per exam domain and overall, the share of questions the learner would likely
// get right, with its band and a plain verdict; the exam date; the calendar of answers; the weakest
// skills; the concepts mixed up. Every figure is in a table; the drawings are decoration.
import type { EstimateView, FromReadinessWebview, ReadinessMessage, ToReadinessWebview } from '../protocol';
import { bandBar, heatLegend, heatMap } from './readinessCharts';
import { connect, h, pageData, paintMarks } from './vscodeApi';

const marks = paintMarks('readiness');
const vscode = connect<FromReadinessWebview, { last?: ReadinessMessage }>();
const root = document.getElementById('readiness') as HTMLElement;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const range = (e: EstimateView) => `${pct(e.low)}–${pct(e.high)}`;
const VERDICT: Record<EstimateView['verdict'], string> = {
  above: 'Likely above the pass mark',
  near: 'Near the pass mark',
  below: 'Likely below the pass mark',
};
const HOW =
  'How this is worked out: each question you have answered counts with the chance that you still ' +
  'recall it (its FSRS retrievability today, times 90% because the exam asks new questions) plus a lucky guess ' +
  'when you do not, each question you have not answered yet ' +
  'counts as a guess, recent mock exams pull a domain towards their result, and the band (90%) covers which ' +
  '50 scored questions the exam happens to ask and how many answers the estimate rests on.';
const MARK = (m: number) =>
  `The pass mark is taken as ${pct(m)} of the scored questions: AWS reports a scaled score ` +
  '(pass at 700 of 1,000), equated between exam forms, and publishes no share of questions, so this is the usual, ' +
  'slightly cautious reading. No scaled score is shown here because it cannot be computed honestly.';

function verdict(e: EstimateView): HTMLElement {
  return h('span', { class: `verdict-tag v-${e.verdict}` }, VERDICT[e.verdict]);
}

function render(m: ReadinessMessage): void {
  root.setAttribute('aria-busy', 'false');
  const focused = document.activeElement?.id;
  root.replaceChildren(
    h('h1', {}, 'Exam readiness'),
    overall(m),
    examDate(m),
    domains(m),
    activity(m),
    weakest(m),
    confusions(m),
  );
  if (focused) document.getElementById(focused)?.focus();
  vscode.setState({ last: m });
  marks.shown();
}

function overall(m: ReadinessMessage): HTMLElement {
  const o = m.overall;
  return h(
    'section',
    { class: 'overall', 'aria-labelledby': 'overall-figure' },
    h(
      'p',
      { id: 'overall-figure', class: 'overall-figure' },
      h('span', { class: 'big' }, pct(o.share)),
      ` of exam questions likely right today (band ${range(o)}).`,
    ),
    h('p', { id: 'overall-verdict', class: 'overall-verdict' }, verdict(o), ` (pass mark ${pct(m.passShare)}).`),
    h('p', { class: 'how' }, HOW),
    h('details', { class: 'how' }, h('summary', {}, `Why ${pct(m.passShare)}?`), MARK(m.passShare)),
  );
}

function examDate(m: ReadinessMessage): HTMLElement {
  const attrs = { id: 'exam-date', type: 'date', value: m.examDate ?? '', 'aria-describedby': 'exam-plan' };
  const input = h('input', attrs) as HTMLInputElement;
  input.addEventListener('change', () => {
    const date = input.value;
    if (date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date)) vscode.post({ type: 'setExamDate', date });
  });
  const clear = h('button', { id: 'clear-date', type: 'button' }, 'Clear');
  clear.addEventListener('click', () => vscode.post({ type: 'setExamDate', date: '' }));
  const plan = h('p', { id: 'exam-plan', class: 'hint' });
  const at = m.overall.atDate;
  if (m.examPast) plan.append('That date has passed: set a new one to see the estimate for it.');
  else if (at && m.examDate) {
    const day = new Date(`${m.examDate}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'long' });
    plan.append(`On ${day}, with no more study: ${pct(at.share)} (band ${range(at)}), `, verdict(at), '. ');
    const pending = 'Working out how many reviews a day would get you there…';
    plan.append(m.planPending ? pending : planText(m.reviewsPerDay, m.maxReviews));
  } else {
    plan.append(
      'Set the date of your exam to see how you would do on that day ' +
        'and how many reviews a day would get you there.',
    );
  }
  return h(
    'section',
    { class: 'exam-date', 'aria-labelledby': 'exam-date-h' },
    h('h2', { id: 'exam-date-h' }, 'Exam date'),
    h('p', {}, h('label', { for: 'exam-date' }, 'Your exam date: '), input, ' ', clear),
    plan,
  );
}

function planText(perDay: number | null | undefined, max: number): string {
  if (perDay === 0) return 'Every domain stays above the mark even without reviews.';
  if (perDay === null || perDay === undefined) {
    return `Even ${max} reviews a day would not bring every domain above the mark by then.`;
  }
  return (
    `About ${perDay} reviews a day until then would keep every domain above the mark ` +
    '(if you get them right, reviewing what you know least first).'
  );
}

function domains(m: ReadinessMessage): HTMLElement {
  const withDate = m.domains.some(d => d.atDate);
  const head = ['Domain', 'Weight', 'Likely right', 'Band (90%)', 'Verdict', 'Answered'];
  if (withDate) head.push('On exam day');
  head.push('');
  const sum = (f: (d: ReadinessMessage['domains'][number]) => number) => m.domains.reduce((n, d) => n + f(d), 0);
  const total = {
    ...m.overall,
    title: 'Overall (weighted)',
    domain: 0,
    weight: 100,
    items: sum(d => d.items),
    seen: sum(d => d.seen),
  };
  const rows = [...m.domains, total].map(d => {
    const onDate = d.atDate ? `${pct(d.atDate.share)} (${range(d.atDate)})` : '';
    return h(
      'tr',
      { class: d.domain ? '' : 'total' },
      h('th', { scope: 'row' }, d.domain ? `${d.domain}. ${d.title}` : d.title),
      h('td', {}, `${d.weight}%`),
      h('td', {}, pct(d.share)),
      h('td', {}, range(d)),
      h('td', {}, verdict(d)),
      h('td', {}, `${d.seen} of ${d.items}`),
      ...(withDate ? [h('td', {}, onDate)] : []),
      h('td', { class: 'bar-cell' }, bandBar(d, m.passShare)),
    );
  });
  const caption =
    "Share of each domain's questions likely right today; " +
    `the line on each bar is the pass mark (${pct(m.passShare)}).`;
  return h(
    'section',
    { 'aria-labelledby': 'domains-h' },
    h('h2', { id: 'domains-h' }, 'By exam domain'),
    h(
      'table',
      { id: 'domains', class: 'scores readiness-table' },
      h('caption', { class: 'hint' }, caption),
      h('thead', {}, h('tr', {}, ...head.map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows),
    ),
  );
}

function activity(m: ReadinessMessage): HTMLElement {
  const a = m.activity;
  const active = a.days.filter(d => d.count > 0);
  const streak = a.streak === 1 ? '1 day' : `${a.streak} days`;
  const weeks = Math.ceil(a.days.length / 7);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `${plural(a.answers, 'answer')} on ${plural(a.activeDays, 'day')}`;
  const summary = `Streak: ${streak}. ${counts} in the last ${weeks} weeks.`;
  const note = a.approximate
    ? ' (From before the calendar was kept, each question counts once, on the day of its last answer.)'
    : '';
  const rows = (active.length ? active : [{ day: 'None yet', count: 0 }]).map(d =>
    h('tr', {}, h('th', { scope: 'row' }, d.day), h('td', {}, String(d.count))),
  );
  const table = h(
    'table',
    { class: 'scores' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Day'), h('th', { scope: 'col' }, 'Answers'))),
    h('tbody', {}, ...rows),
  );
  return h(
    'section',
    { class: 'activity', 'aria-labelledby': 'activity-h' },
    h('h2', { id: 'activity-h' }, 'Reviews per day'),
    h('p', { id: 'streak' }, summary, note),
    h('div', { class: 'heat-wrap' }, heatMap(a)),
    heatLegend(),
    h('details', { class: 'as-table' }, h('summary', {}, 'Reviews per day as a table'), table),
  );
}

function weakest(m: ReadinessMessage): HTMLElement {
  const heading = h('h2', { id: 'weakest-h' }, 'Weakest skills');
  const section = h('section', { 'aria-labelledby': 'weakest-h' }, heading);
  if (!m.weakestSkills.length) return section;
  const study = h('button', { id: 'study-these', type: 'button', class: 'primary' }, 'Study these');
  const skills = m.weakestSkills.map(s => s.skill);
  study.addEventListener('click', () => vscode.post({ type: 'studySkills', skills }));
  const head = ['Skill', 'Domain', 'Likely right', 'Answered'].map(t => h('th', { scope: 'col' }, t));
  const rows = m.weakestSkills.map(s =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, `${s.skill} ${s.label}`),
      h('td', {}, String(s.domain)),
      h('td', {}, pct(s.share)),
      h('td', {}, `${s.seen} of ${s.items}`),
    ),
  );
  section.append(
    h('table', { id: 'weakest', class: 'scores' }, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...rows)),
    h('p', {}, study, ' ', h('span', { class: 'hint' }, 'A quiz of ten questions on these skills.')),
  );
  return section;
}

function confusions(m: ReadinessMessage): HTMLElement {
  const heading = h('h2', { id: 'confusions-h' }, 'Concepts you mix up');
  const section = h('section', { 'aria-labelledby': 'confusions-h' }, heading);
  if (!m.confusions.length) {
    const none = 'Nothing yet. When a wrong answer is the answer to another concept, the pair shows here.';
    section.append(h('p', { class: 'hint' }, none));
    return section;
  }
  const link = (c: { id: string; title: string }) => {
    const b = h('button', { type: 'button', class: 'link', 'data-concept': c.id }, c.title);
    b.addEventListener('click', () => vscode.post({ type: 'openConcept', id: c.id }));
    return b;
  };
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  const items = m.confusions.map(p => h('li', {}, link(p.a), ' and ', link(p.b), ` (${times(p.count)})`));
  section.append(h('ul', { id: 'confusions' }, ...items));
  return section;
}

window.addEventListener('message', (e: MessageEvent<ToReadinessWebview>) => {
  if (e.data && typeof e.data === 'object' && e.data.type === 'readiness') render(e.data);
});
// The newest figures at hand draw at once: those in the page's HTML, or those shown before it was reloaded.
const embedded = pageData<ReadinessMessage>('readiness-data');
const saved = vscode.getState()?.last;
const first = embedded?.type === 'readiness' && !(saved && saved.madeAt > embedded.madeAt) ? embedded : saved;
if (first) render(first);
vscode.post({ type: 'ready' });
