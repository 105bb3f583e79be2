// The quiz app, shared by the sidebar view and the editor panel. Keyboard first: number keys
// choose, Enter checks and moves on, arrow keys reorder, K and G rate a right answer. It only
// renders what the host sends, and keeps its last screen with setState for a reload.
import type { FeedbackMessage, FromQuizWebview, QuestionMessage, Response, ToQuizWebview } from '../protocol';
import { idleScreen, lines, summaryScreen, button } from './quizScreens';
import { connect, h, html } from './vscodeApi';

interface State { readonly question?: QuestionMessage; readonly feedback?: FeedbackMessage; readonly last?: ToQuizWebview }

const vscode = connect<FromQuizWebview, State>();
const root = document.getElementById('quiz') as HTMLElement;
let question: QuestionMessage | undefined;
let feedback: FeedbackMessage | undefined;
let picked = new Set<number>();
let order: number[] = [];
let matches: number[] = [];
let shownAt = Date.now();
let ticking: ReturnType<typeof setInterval> | undefined;


function render(msg: ToQuizWebview, restoredFeedback?: FeedbackMessage) {
  if (!msg || typeof msg !== 'object') return;
  switch (msg.type) {
    case 'question':
      if (question?.token !== msg.token) {
        picked = new Set();
        feedback = restoredFeedback;
        shownAt = Date.now();
        order = msg.view.type === 'ordering' ? msg.view.items.map((_, i) => i) : [];
        matches = msg.view.type === 'matching' ? msg.view.left.map(() => -1) : [];
      }
      question = msg;
      drawQuestion();
      break;
    case 'feedback':
      if (msg.token !== question?.token) return;
      feedback = msg;
      drawQuestion(msg.rating ? '.rate[aria-pressed="true"]' : undefined);
      break;
    case 'summary':
      question = undefined; feedback = undefined; stopTimer();
      root.replaceChildren(summaryScreen(msg, vscode.post));
      root.querySelector<HTMLElement>('#score')?.focus();
      break;
    case 'idle': question = undefined; feedback = undefined; stopTimer(); root.replaceChildren(idleScreen(msg, vscode.post)); break;
  }
  vscode.setState({ last: question ?? msg, feedback, question });
}

function drawQuestion(focus?: string) {
  const q = question;
  if (!q) return;
  const exam = q.mode === 'exam';
  const head = h('p', { class: 'progress' }, `${exam ? 'Mock exam · ' : ''}Question ${q.index + 1} of ${q.total}${q.conceptTitle && !exam ? ` · ${q.conceptTitle}` : ''}`);
  if (q.deadline !== undefined) head.append(' · ', h('span', { id: 'timer', role: 'timer', 'aria-label': 'Time left' }, remaining(q.deadline)));
  const body = h('section', { class: 'question', 'aria-labelledby': 'q-text' }, head);
  const text = h('div', { id: 'q-text', class: 'q-text' });
  text.append(html(q.html));
  body.append(text, drawAnswerArea(q));
  if (feedback) body.append(drawFeedback(feedback));
  else {
    const last = q.index + 1 >= q.total;
    body.append(button('submit', exam ? (last ? 'Finish exam' : 'Next') : 'Check answer', submitAnswer, true));
    if (exam && !last) body.append(' ', button('end-exam', 'End exam now…', confirmEnd));
  }
  root.replaceChildren(body);
  if (q.deadline !== undefined) startTimer(q.deadline); else stopTimer();
  (root.querySelector<HTMLElement>(focus ?? (feedback ? '#next' : '.choice, .order-item, select')) ?? root).focus();
}

function confirmEnd() {
  root.querySelector('.confirm')?.remove();
  const box = h('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-text' },
    h('p', { id: 'confirm-text' }, 'End the exam now? Questions not answered yet count as wrong.'),
    button('confirm-end', 'End exam', () => vscode.post({ type: 'finish' }), true), ' ',
    button('keep-going', 'Keep going', () => { box.remove(); root.querySelector<HTMLElement>('#submit')?.focus(); }));
  root.querySelector('.question')?.append(box);
  box.querySelector<HTMLElement>('#keep-going')?.focus();
}

function remaining(deadline: number): string {
  const s = Math.max(0, Math.round((deadline - Date.now()) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left`;
}

function startTimer(deadline: number) {
  stopTimer();
  ticking = setInterval(() => {
    const el = document.getElementById('timer');
    if (el) el.textContent = remaining(deadline);
  }, 1000);
}

function stopTimer() {
  if (ticking !== undefined) clearInterval(ticking);
  ticking = undefined;
}

function drawAnswerArea(q: QuestionMessage): HTMLElement {
  const v = q.view;
  const locked = !!feedback;
  if (v.type === 'single' || v.type === 'multiple') {
    const group = h('div', { class: 'choices', role: v.type === 'single' ? 'radiogroup' : 'group', 'aria-labelledby': 'q-text' });
    if (v.type === 'multiple') group.append(h('p', { class: 'hint' }, `Choose ${v.pick}.`));
    v.choices.forEach((c, i) => {
      const on = picked.has(i);
      const b = h('button', { type: 'button', class: `choice${on ? ' picked' : ''}`, role: v.type === 'single' ? 'radio' : 'checkbox', 'aria-checked': String(on), 'data-index': String(i) },
        h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)));
      const label = h('span', { class: 'label' });
      label.append(html(c));
      b.append(label);
      if (locked) b.setAttribute('aria-disabled', 'true');
      else b.addEventListener('click', () => choose(i));
      group.append(b);
    });
    return group;
  }
  if (v.type === 'ordering') {
    const list = h('ol', { class: 'ordering', 'aria-label': 'Put in order: Up and Down arrows move the focused item' });
    order.forEach((itemIndex, pos) => {
      const li = h('li', { class: 'order-item', tabindex: '0', 'data-pos': String(pos) });
      li.append(html(v.items[itemIndex]));
      if (!locked) {
        const up = h('button', { type: 'button', class: 'move', 'aria-label': 'Move up' }, '↑');
        const down = h('button', { type: 'button', class: 'move', 'aria-label': 'Move down' }, '↓');
        up.addEventListener('click', () => move(pos, -1));
        down.addEventListener('click', () => move(pos, 1));
        li.append(up, down);
      }
      list.append(li);
    });
    return list;
  }
  const table = h('div', { class: 'matching', role: 'group', 'aria-labelledby': 'q-text' });
  if (v.type !== 'matching') return table;
  v.left.forEach((left, i) => {
    const id = `match-${i}`;
    const label = h('label', { for: id });
    label.append(html(left));
    const select = h('select', { id }) as HTMLSelectElement;
    select.append(h('option', { value: '-1' }, 'Choose…'));
    v.right.forEach((r, j) => select.append(h('option', { value: String(j) }, html(r).textContent ?? '')));
    select.value = String(matches[i]);
    select.disabled = locked;
    select.addEventListener('change', () => { matches[i] = Number(select.value); });
    table.append(h('div', { class: 'match-row' }, label, select));
  });
  return table;
}

function drawFeedback(f: FeedbackMessage): HTMLElement {
  const next = button('next', question && question.index + 1 >= question.total ? 'See score' : 'Next question', () => vscode.post({ type: 'next' }), true);
  const open = h('a', { href: '#', class: 'open-concept' }, 'Open the concept');
  open.addEventListener('click', e => { e.preventDefault(); vscode.post({ type: 'openConcept', id: f.conceptId }); });
  const explanation = h('div', { class: 'explanation' });
  explanation.append(html(f.explanationHtml));
  const box = h('div', { id: 'result', class: `result ${f.correct ? 'correct' : 'wrong'}`, role: 'status' },
    h('p', { class: 'verdict' }, f.correct ? 'Correct!' : 'Not quite.'),
    h('p', { class: 'solution-label' }, 'Answer:'), lines(f.solution), explanation, h('p', {}, open));
  if (f.canRate) box.append(rateGroup(f));
  box.append(next);
  return box;
}

/** "I knew it / I guessed": the learner's own rating replaces the timing rule for this answer. */
function rateGroup(f: FeedbackMessage): HTMLElement {
  const rate = (rating: 'knew' | 'guessed', text: string, key: string) => {
    const b = h('button', { type: 'button', class: 'rate', id: `rate-${rating}`, 'aria-pressed': String(f.rating === rating), 'aria-keyshortcuts': key }, text);
    b.addEventListener('click', () => vscode.post({ type: 'rate', token: f.token, rating }));
    return b;
  };
  return h('p', { class: 'rate-group', role: 'group', 'aria-label': 'How sure were you?' },
    h('span', { class: 'hint' }, f.rating ? 'Saved. ' : 'How sure were you? '), rate('knew', 'I knew it (K)', 'K'), ' ', rate('guessed', 'I guessed (G)', 'G'), ' ');
}

function choose(i: number) {
  const v = question?.view;
  if (!v || feedback || (v.type !== 'single' && v.type !== 'multiple') || i >= v.choices.length) return;
  if (v.type === 'single') picked = new Set([i]);
  else if (picked.has(i)) picked.delete(i);
  else picked.add(i);
  drawQuestion(`.choice[data-index="${i}"]`);
}

function move(pos: number, delta: number) {
  const to = pos + delta;
  if (feedback || to < 0 || to >= order.length) return;
  [order[pos], order[to]] = [order[to], order[pos]];
  drawQuestion(`.order-item[data-pos="${to}"]`);
}

function answer(): Response | undefined {
  const v = question?.view;
  if (!v) return undefined;
  if (v.type === 'ordering') return { type: 'ordering', order: [...order] };
  if (v.type === 'matching') return matches.includes(-1) ? undefined : { type: 'matching', matches: [...matches] };
  return picked.size ? { type: v.type, picked: [...picked] } : undefined;
}

function submitAnswer() {
  const a = answer();
  if (!question || feedback) return;
  if (!a) { root.querySelector('.hint-missing')?.remove(); root.querySelector('.question')?.append(h('p', { class: 'hint-missing', role: 'alert' }, 'Choose an answer first.')); return; }
  vscode.post({ type: 'answer', token: question.token, answer: a, ms: Date.now() - shownAt });
}

function onKey(e: KeyboardEvent) {
  if (!question || e.altKey || e.ctrlKey || e.metaKey) return;
  const target = e.target as HTMLElement;
  const plainButton = target.tagName === 'BUTTON' && target.id !== 'submit' && target.id !== 'next' && !target.classList.contains('choice');
  if (e.key === 'Enter' && target.tagName !== 'SELECT' && !plainButton) {
    e.preventDefault();
    if (feedback) vscode.post({ type: 'next' });
    else submitAnswer();
  } else if (/^[1-9]$/.test(e.key) && target.tagName !== 'SELECT') {
    choose(Number(e.key) - 1);
  } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && target.classList.contains('order-item')) {
    e.preventDefault();
    move(Number(target.dataset.pos), e.key === 'ArrowUp' ? -1 : 1);
  } else if (feedback?.canRate && (e.key === 'k' || e.key === 'g')) {
    vscode.post({ type: 'rate', token: feedback.token, rating: e.key === 'k' ? 'knew' : 'guessed' });
  }
}

// Start-up last, once every declaration above is initialised: the saved screen first, then the host's.
window.addEventListener('message', (event: MessageEvent<ToQuizWebview>) => render(event.data));
document.addEventListener('keydown', onKey);
const saved = vscode.getState();
if (saved?.last) render(saved.last, saved.feedback);
vscode.post({ type: 'ready' });
