// The mock exam's screens, like the real exam's: a question navigator (answered, unanswered, flagged),
// "Flag for review", Previous and Next, a case study's scenario beside its question, a review screen before
// submitting, and the time left. Keys: 1–9 choose, N next, P previous, F flag, R review. The host holds
// the exam; every change is posted at once and the host's answer redraws the same screen.
import type { ExamMessage, FromQuizWebview, Response } from '../protocol';
import { answerArea } from './answerArea';
import { button } from './quizScreens';
import { h, html } from './vscodeApi';

type Post = (message: FromQuizWebview) => void;

export interface ExamScreen {
  render(msg: ExamMessage): void;
  /** Handles a key on the exam screen; true when it was used. */
  key(e: KeyboardEvent): boolean;
  stop(): void;
}

export function examScreen(root: HTMLElement, post: Post): ExamScreen {
  let msg: ExamMessage | undefined;
  let shownKey = '';
  let shownAt = Date.now();
  let picked = new Set<number>();
  let order: number[] = [];
  let matches: number[] = [];
  let ticking: ReturnType<typeof setInterval> | undefined;

  const go = (index: number) => {
    if (msg && index >= 0 && index <= msg.total) post({ type: 'examGo', token: msg.token, index });
  };

  function send(answer: Response) {
    if (!msg?.question) return;
    post({ type: 'examAnswer', token: msg.token, index: msg.index, answer, ms: Date.now() - shownAt });
  }

  function choose(i: number) {
    const v = msg?.question?.view;
    if (!v || (v.type !== 'single' && v.type !== 'multiple') || i >= v.choices.length) return;
    if (v.type === 'single') picked = new Set([i]);
    else if (picked.has(i)) picked.delete(i);
    else picked.add(i);
    send({ type: v.type, picked: [...picked] });
    draw(`.choice[data-index="${i}"]`);
  }

  function move(pos: number, delta: number) {
    const to = pos + delta;
    if (to < 0 || to >= order.length) return;
    [order[pos], order[to]] = [order[to], order[pos]];
    send({ type: 'ordering', order: [...order] });
    draw(`.order-item[data-pos="${to}"]`);
  }

  function match(i: number, j: number) {
    matches[i] = j;
    if (!matches.includes(-1)) send({ type: 'matching', matches: [...matches] });
  }

  function flag() {
    if (msg?.question) post({ type: 'examFlag', token: msg.token, index: msg.index, flagged: !msg.question.flagged });
  }

  /** Takes the host's message; a new question (or a new exam) resets the selection from its saved response. */
  function render(m: ExamMessage) {
    const key = `${m.token}/${m.index}`;
    const focus = focusedSelector();
    msg = m;
    if (key !== shownKey) {
      shownKey = key;
      shownAt = Date.now();
      const v = m.question?.view;
      const r = m.question?.response;
      picked = new Set(r && 'picked' in r ? r.picked : []);
      order = v?.type === 'ordering' ? (r && 'order' in r ? [...r.order] : v.items.map((_, i) => i)) : [];
      matches = v?.type === 'matching' ? (r && 'matches' in r ? [...r.matches] : v.left.map(() => -1)) : [];
      draw();
    } else draw(focus);
    startTimer();
  }

  function draw(focus?: string) {
    const m = msg;
    if (!m) return;
    const answered = m.nav.filter(n => n.answered).length;
    const bar = h(
      'div',
      { class: 'exam-bar' },
      h(
        'span',
        { class: 'progress' },
        m.question ? `Mock exam · Question ${m.index + 1} of ${m.total}` : 'Mock exam · Review',
      ),
      h('span', { class: 'progress' }, ` · ${answered} of ${m.total} answered`),
    );
    if (m.deadline !== undefined) {
      const timer = { id: 'timer', class: 'progress', role: 'timer', 'aria-label': 'Time left' };
      bar.append(h('span', timer, remaining(m.deadline)));
    }
    const screen = h('section', { class: 'exam', 'aria-label': 'Mock exam' }, bar, navigator(m));
    screen.append(m.question ? questionPart(m) : reviewPart(m));
    root.replaceChildren(screen);
    const target =
      (focus ? root.querySelector<HTMLElement>(focus) : null) ??
      root.querySelector<HTMLElement>(m.question ? '.choice, .order-item, select' : '#review-title');
    (target ?? root).focus();
  }

  function navigator(m: ExamMessage): HTMLElement {
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

  function questionPart(m: ExamMessage): HTMLElement {
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

  function reviewPart(m: ExamMessage): HTMLElement {
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

  function confirmSubmit() {
    const m = msg;
    if (!m) return;
    root.querySelector('.confirm')?.remove();
    const open = m.nav.filter(n => !n.answered).length;
    const box = h(
      'div',
      { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-text' },
      h(
        'p',
        { id: 'confirm-text' },
        open
          ? `Submit the exam? ${open} unanswered ${open === 1 ? 'question counts' : 'questions count'} as wrong.`
          : 'Submit the exam? You cannot change answers afterwards.',
      ),
      button('confirm-submit', 'Submit', () => post({ type: 'examSubmit', token: m.token }), true),
      ' ',
      button('keep-reviewing', 'Keep reviewing', () => {
        box.remove();
        root.querySelector<HTMLElement>('#submit-exam')?.focus();
      }),
    );
    root.querySelector('.review')?.append(box);
    box.querySelector<HTMLElement>('#keep-reviewing')?.focus();
  }

  function startTimer() {
    stop();
    const deadline = msg?.deadline;
    if (deadline === undefined) return;
    ticking = setInterval(() => {
      const el = document.getElementById('timer');
      if (el) el.textContent = remaining(deadline);
    }, 1000);
  }

  function stop() {
    if (ticking !== undefined) clearInterval(ticking);
    ticking = undefined;
  }

  function key(e: KeyboardEvent): boolean {
    const m = msg;
    const target = e.target as HTMLElement;
    if (!m || target.tagName === 'SELECT' || target.tagName === 'INPUT') return false;
    const k = e.key.toLowerCase();
    if (/^[1-9]$/.test(k) && m.question) choose(Number(k) - 1);
    else if (k === 'n' || (k === 'enter' && m.question && !['BUTTON', 'A'].includes(target.tagName))) go(m.index + 1);
    else if (k === 'p') go(m.index - 1);
    else if (k === 'f') flag();
    else if (k === 'r') go(m.total);
    else if ((k === 'arrowup' || k === 'arrowdown') && target.classList.contains('order-item')) {
      move(Number(target.dataset.pos), k === 'arrowup' ? -1 : 1);
    } else return false;
    e.preventDefault();
    return true;
  }

  return { render, key, stop };
}

/** A selector for the focused element that finds it again after a redraw. */
function focusedSelector(): string | undefined {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return undefined;
  if (el.id) return `#${CSS.escape(el.id)}`;
  if (el.dataset.index !== undefined) return `.choice[data-index="${el.dataset.index}"]`;
  if (el.dataset.pos !== undefined) return `.order-item[data-pos="${el.dataset.pos}"]`;
  return undefined;
}

export function remaining(deadline: number): string {
  const s = Math.max(0, Math.round((deadline - Date.now()) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left`;
}
