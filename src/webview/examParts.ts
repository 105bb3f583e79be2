// The parts of the mock exam's screen, drawn from the host's message: the question navigator, a question
// with its answer controls and actions (and a case study's scenario beside it), and the review screen
// before submitting. The state and the handlers stay with the exam screen (./examScreen.ts).
import type { ExamMessage } from '../protocol';
import { answerArea, type AnswerHandlers, type Selection } from './answerArea';
import { button } from './quizScreens';
import { h, html } from './vscodeApi';

/** Goes to question `index`, or to the review screen when `index` is the total. */
type Go = (index: number) => void;

/** The answer handlers, and flagging the question for review. */
export interface ExamHandlers extends AnswerHandlers {
  flag(): void;
}

export function navigator(m: ExamMessage, go: Go): HTMLElement {
  const nav = h('nav', { class: 'navigator', 'aria-label': 'Questions' });
  const list = h('ol', { class: 'nav-list' });
  m.nav.forEach((n, k) => {
    const state = `${n.answered ? 'answered' : 'unanswered'}${n.flagged ? ', flagged' : ''}`;
    const b = h(
      'button',
      {
        type: 'button',
        id: `nav-${k}`,
        class: `nav-q${n.answered ? ' answered' : ''}${n.flagged ? ' flagged' : ''}`,
        'aria-label': `Question ${k + 1}, ${state}`,
        ...(k === m.index ? { 'aria-current': 'step' } : {}),
      },
      String(k + 1),
    );
    b.addEventListener('click', () => go(k));
    list.append(h('li', {}, b));
  });
  const review = button('nav-review', 'Review', () => go(m.total));
  review.setAttribute('aria-keyshortcuts', 'R');
  if (m.index === m.total) review.setAttribute('aria-current', 'step');
  nav.append(list, review);
  return nav;
}

export function questionPart(
  m: ExamMessage,
  go: Go,
  { picked, order, matches }: Selection,
  { choose, move, match, flag }: ExamHandlers,
): HTMLElement {
  const q = m.question;
  if (!q) return h('div');
  const text = h('div', { id: 'q-text', class: 'q-text' });
  text.append(html(q.html));
  const body = h(
    'section',
    { class: 'question', 'aria-labelledby': 'q-text' },
    text,
    answerArea(q.view, { picked, order, matches }, false, { choose, move, match }),
  );
  const flagButton = button('flag', q.flagged ? 'Flagged for review (F)' : 'Flag for review (F)', flag);
  flagButton.setAttribute('aria-pressed', String(q.flagged));
  flagButton.setAttribute('aria-keyshortcuts', 'F');
  const prev = button('prev', 'Previous (P)', () => go(m.index - 1));
  prev.setAttribute('aria-keyshortcuts', 'P');
  if (m.index === 0) prev.setAttribute('disabled', '');
  const last = m.index + 1 >= m.total;
  const next = button('next', last ? 'Review (N)' : 'Next (N)', () => go(m.index + 1), true);
  next.setAttribute('aria-keyshortcuts', 'N');
  const actions = h(
    'div',
    { class: 'exam-actions', role: 'group', 'aria-label': 'Question actions' },
    prev,
    ' ',
    next,
    ' ',
    flagButton,
  );
  if (!q.scenario) return h('div', { class: 'exam-body' }, body, actions);
  const s = q.scenario;
  const scenario = h(
    'aside',
    { class: 'scenario', 'aria-labelledby': 'scenario-title' },
    h('h2', { id: 'scenario-title' }, `Case study: ${s.title}`),
    h('p', { class: 'hint' }, `Question ${s.part} of ${s.parts} on this scenario`),
  );
  const text2 = h('div', { class: 'scenario-text' });
  text2.append(html(s.html));
  scenario.append(text2);
  return h('div', { class: 'exam-body case' }, scenario, h('div', {}, body, actions));
}

export function reviewPart(m: ExamMessage, go: Go, confirmSubmit: () => void): HTMLElement {
  const unanswered = m.nav.flatMap((n, k) => (n.answered ? [] : [k]));
  const flagged = m.nav.flatMap((n, k) => (n.flagged ? [k] : []));
  const list = (id: string, title: string, ks: number[], none: string) =>
    h(
      'section',
      { 'aria-labelledby': id },
      h('h3', { id }, `${title} (${ks.length})`),
      ks.length
        ? h(
            'ul',
            { class: 'review-list' },
            ...ks.map(k => {
              const b = button(`review-${id}-${k}`, `Question ${k + 1}`, () => go(k));
              return h('li', {}, b);
            }),
          )
        : h('p', { class: 'hint' }, none),
    );
  const part = h(
    'section',
    { class: 'review', 'aria-labelledby': 'review-title' },
    h('h2', { id: 'review-title', tabindex: '-1' }, 'Review before submitting'),
    h(
      'p',
      {},
      `${m.total - unanswered.length} of ${m.total} answered. ` +
        'Until you submit, you can go back and change any answer.',
    ),
    list('unanswered', 'Unanswered', unanswered, 'Every question has an answer.'),
    list('flagged', 'Flagged for review', flagged, 'No question is flagged.'),
    h(
      'div',
      { class: 'exam-actions' },
      button('back', 'Back to the last question', () => go(m.total - 1)),
      ' ',
      button('submit-exam', 'Submit exam', confirmSubmit, true),
    ),
  );
  return part;
}
