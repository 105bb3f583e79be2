// The mock exam's screens, like the real exam's: a question navigator (answered, unanswered, flagged),
// "Flag for review", Previous and Next, a case study's scenario beside its question, a review screen before
// submitting, and the time left. Keys: 1–9 choose, N next, P previous, F flag, R review. The host holds
// the exam; every change is posted at once and the host's answer redraws the same screen.
import type { ExamMessage, FromQuizWebview, Response } from '../protocol';
import { navigator, questionPart, reviewPart } from './examParts';
import { button } from './quizScreens';
import { h } from './vscodeApi';

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
    const screen = h('section', { class: 'exam', 'aria-label': 'Mock exam' }, bar, navigator(m, go));
    screen.append(
      m.question
        ? questionPart(m, go, { picked, order, matches }, { choose, move, match, flag })
        : reviewPart(m, go, confirmSubmit),
    );
    root.replaceChildren(screen);
    const target =
      (focus ? root.querySelector<HTMLElement>(focus) : null) ??
      root.querySelector<HTMLElement>(m.question ? '.choice, .order-item, select' : '#review-title');
    (target ?? root).focus();
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
