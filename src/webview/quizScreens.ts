// The quiz's start and summary screens: built from the host's message, wired to `post`.
import type { FromQuizWebview, IdleMessage, ScoreLine, SummaryMessage } from '../protocol';
import { h, html } from './vscodeApi';

type Post = (message: FromQuizWebview) => void;

export function button(id: string, text: string, onClick: () => void, primary = false): HTMLElement {
  const b = h('button', { id, type: 'button', ...(primary ? { class: 'primary' } : {}) }, text);
  b.addEventListener('click', onClick);
  return b;
}

export function idleScreen(msg: IdleMessage, post: Post): HTMLElement {
  const section = h(
    'section',
    { class: 'idle' },
    h('p', {}, `${msg.items} questions on generative AI for the AWS Certified AI Practitioner exam.`),
    button('start', 'Start a quick quiz', () => post({ type: 'start', mode: 'quick' }), true),
  );
  if (msg.due > 0)
    section.append(
      ' ',
      button('review', msg.due === 1 ? 'Review 1 due question' : `Review ${msg.due} due questions`, () =>
        post({ type: 'start', mode: 'review' }),
      ),
    );
  section.append(h('p', { class: 'hint' }, 'Keys: 1–9 choose, Enter checks and moves on.'), examForm(msg, post));
  return section;
}

function examForm(msg: IdleMessage, post: Post): HTMLElement {
  const count = h('input', {
    id: 'exam-count',
    type: 'number',
    min: '1',
    max: String(msg.items),
    value: String(msg.examDefault),
    required: '',
  }) as HTMLInputElement;
  const timed = h('input', { id: 'exam-timed', type: 'checkbox' }) as HTMLInputElement;
  const form = h(
    'form',
    { id: 'exam-form', class: 'exam-form', 'aria-labelledby': 'exam-title' },
    h('h2', { id: 'exam-title' }, 'Mock exam'),
    h(
      'p',
      { class: 'hint' },
      "Drawn by exam domain in the guide's weights, with case studies, a navigator, flags " +
        'and a review before you submit; then your score per domain and skill.',
    ),
    h('label', { for: 'exam-count' }, 'Questions '),
    count,
    h('label', { class: 'check' }, timed, " Timed, at the real exam's pace (90 minutes for 65 questions)"),
    h('button', { id: 'start-exam', type: 'submit', class: 'primary' }, 'Start mock exam'),
  );
  form.addEventListener('submit', e => {
    e.preventDefault();
    const n = Math.floor(Number(count.value));
    if (!Number.isFinite(n) || n < 1 || n > msg.items) {
      form.querySelector('.hint-missing')?.remove();
      form.append(
        h('p', { class: 'hint-missing', role: 'alert' }, `Enter a number of questions from 1 to ${msg.items}.`),
      );
      count.focus();
      return;
    }
    post({ type: 'start', mode: 'exam', count: n, timed: timed.checked });
  });
  return form;
}

function scoreTable(caption: string, heading: string, lines: readonly ScoreLine[]): HTMLElement {
  const weighted = lines.some(l => l.weight !== undefined);
  const cols = [heading, ...(weighted ? ['Exam weight'] : []), 'Right', '%'];
  return h(
    'table',
    { class: 'scores' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...cols.map(c => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...lines.map(l =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, l.label),
          ...(weighted ? [h('td', {}, l.weight !== undefined ? `${l.weight}%` : '–')] : []),
          h('td', {}, `${l.correct} / ${l.total}`),
          h('td', {}, `${percent(l.correct, l.total)}%`),
        ),
      ),
    ),
  );
}

function percent(a: number, b: number): number {
  return b ? Math.round((100 * a) / b) : 0;
}

export function summaryScreen(msg: SummaryMessage, post: Post): HTMLElement {
  const exam = msg.mode === 'exam';
  const section = h(
    'section',
    { class: 'summary-view', 'aria-labelledby': 'score' },
    h(
      'h2',
      { id: 'score', role: 'status' },
      `${exam ? 'Mock exam score' : 'Score'}: ${msg.correct} / ${msg.total} (${percent(msg.correct, msg.total)}%)`,
    ),
  );
  if (msg.skipped)
    section.append(
      h(
        'p',
        { class: 'hint' },
        msg.skipped === 1 ? '1 question was not answered.' : `${msg.skipped} questions were not answered.`,
      ),
    );
  if (msg.byTopic.length) section.append(scoreTable('By topic', 'Topic', msg.byTopic));
  if (msg.byDomain.length) section.append(scoreTable('By exam domain', 'Domain', msg.byDomain));
  if (msg.bySkill.length) {
    section.append(
      h(
        'details',
        { class: 'skills' },
        h('summary', {}, `By exam-guide skill (${msg.bySkill.length})`),
        scoreTable('By skill', 'Skill', msg.bySkill),
      ),
    );
  }
  section.append(button('start', 'Start another quiz', () => post({ type: 'start', mode: 'quick' }), true));
  if (msg.wrong.length) {
    const list = h(
      'section',
      { id: 'wrong', class: 'wrong', 'aria-labelledby': 'wrong-title' },
      h(
        'h2',
        { id: 'wrong-title' },
        msg.wrong.length === 1 ? 'Review your wrong answer' : `Review your ${msg.wrong.length} wrong answers`,
      ),
    );
    msg.wrong.forEach(w => {
      const body = h('div', { class: 'q-text' });
      body.append(html(w.html));
      const explanation = h('div', { class: 'explanation' });
      explanation.append(html(w.explanationHtml));
      const open = h('a', { href: '#', class: 'open-concept' }, `Open ${w.conceptTitle || 'the concept'}`);
      open.addEventListener('click', e => {
        e.preventDefault();
        post({ type: 'openConcept', id: w.conceptId });
      });
      list.append(
        h(
          'details',
          { class: 'wrong-item' },
          h('summary', {}, w.conceptTitle || 'Question'),
          body,
          h('p', { class: 'solution-label' }, 'Your answer:'),
          w.given.length ? lines(w.given) : h('p', { class: 'hint' }, 'Not answered.'),
          h('p', { class: 'solution-label' }, 'Correct answer:'),
          lines(w.solution),
          explanation,
          h('p', {}, open),
        ),
      );
    });
    section.append(list);
  }
  section.querySelector<HTMLElement>('#score')?.setAttribute('tabindex', '-1');
  return section;
}

const NUMBER_WORDS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "Choose two." as the exam says it, with how many are chosen; no credit unless exactly the right ones. */
export function chooseHint(pick: number, chosen: number): string {
  return `Choose ${NUMBER_WORDS[pick] ?? pick}. (${chosen} of ${pick} chosen; a partly right answer scores nothing.)`;
}

export function lines(items: readonly string[]): HTMLElement {
  return h(
    'ul',
    { class: 'solution' },
    ...items.map(s => {
      const li = h('li');
      li.append(html(s));
      return li;
    }),
  );
}
