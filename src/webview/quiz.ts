// The quiz app, shared by the sidebar view and the editor panel. Keyboard first: number keys
// choose, Enter checks and moves on, arrow keys reorder. It only renders what the host sends.
import type { Answer, FeedbackMessage, FromQuizWebview, QuestionMessage, ToQuizWebview } from '../protocol';
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

window.addEventListener('message', (event: MessageEvent<ToQuizWebview>) => render(event.data));
document.addEventListener('keydown', onKey);
const saved = vscode.getState();
if (saved?.last) render(saved.last, saved.feedback);
vscode.post({ type: 'ready' });

function render(msg: ToQuizWebview, restoredFeedback?: FeedbackMessage) {
  if (!msg || typeof msg !== 'object') return;
  switch (msg.type) {
    case 'question':
      if (question?.token !== msg.token) { picked = new Set(); feedback = restoredFeedback; shownAt = Date.now(); }
      question = msg;
      order = msg.view.type === 'ordering' ? msg.view.items.map((_, i) => i) : [];
      matches = msg.view.type === 'matching' ? msg.view.left.map(() => -1) : [];
      drawQuestion();
      break;
    case 'feedback':
      if (msg.token !== question?.token) return;
      feedback = msg;
      drawQuestion();
      break;
    case 'summary': question = undefined; feedback = undefined; drawSummary(msg.correct, msg.total, msg.byTopic); break;
    case 'idle': question = undefined; feedback = undefined; drawIdle(msg.items, msg.due); break;
  }
  vscode.setState({ last: question ?? msg, feedback, question });
}

function drawIdle(items: number, due: number) {
  const start = h('button', { id: 'start', type: 'button', class: 'primary' }, 'Start a quick quiz');
  start.addEventListener('click', () => vscode.post({ type: 'start', mode: 'quick' }));
  const section = h('section', { class: 'idle' }, h('p', {}, `${items} questions on generative AI for the AWS Certified AI Practitioner exam.`), start);
  if (due > 0) {
    const review = h('button', { id: 'review', type: 'button' }, due === 1 ? 'Review 1 due question' : `Review ${due} due questions`);
    review.addEventListener('click', () => vscode.post({ type: 'start', mode: 'review' }));
    section.append(' ', review);
  }
  section.append(h('p', { class: 'hint' }, 'Keys: 1–9 choose, Enter checks and moves on.'));
  root.replaceChildren(section);
}

function drawSummary(correct: number, total: number, byTopic: readonly { topic: string; correct: number; total: number }[]) {
  const again = h('button', { id: 'start', type: 'button', class: 'primary' }, 'Start another quiz');
  again.addEventListener('click', () => vscode.post({ type: 'start', mode: 'quick' }));
  const pct = total ? Math.round((100 * correct) / total) : 0;
  root.replaceChildren(h('section', { class: 'summary', role: 'status' },
    h('h2', { id: 'score' }, `Score: ${correct} / ${total} (${pct}%)`),
    h('ul', {}, ...byTopic.map(t => h('li', {}, `${t.topic}: ${t.correct} / ${t.total}`))), again));
}

function drawQuestion() {
  const q = question;
  if (!q) return;
  const body = h('section', { class: 'question', 'aria-labelledby': 'q-text' },
    h('p', { class: 'progress' }, `Question ${q.index + 1} of ${q.total}${q.conceptTitle ? ` · ${q.conceptTitle}` : ''}`));
  const text = h('div', { id: 'q-text', class: 'q-text' });
  text.append(html(q.html));
  body.append(text, drawAnswerArea(q));
  if (feedback) body.append(drawFeedback(feedback));
  else {
    const submit = h('button', { id: 'submit', type: 'button', class: 'primary' }, 'Check answer');
    submit.addEventListener('click', submitAnswer);
    body.append(submit);
  }
  root.replaceChildren(body);
  (root.querySelector<HTMLElement>(feedback ? '#next' : '.choice, .order-item, select') ?? root).focus();
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
    const list = h('ol', { class: 'ordering', 'aria-label': 'Drag with the arrow keys: Up and Down move the focused item' });
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
  const table = h('div', { class: 'matching', role: 'group' });
  if (v.type !== 'matching') return table;
  v.left.forEach((left, i) => {
    const id = `match-${i}`;
    const label = h('label', { for: id });
    label.append(html(left));
    const select = h('select', { id }) as HTMLSelectElement;
    select.append(h('option', { value: '-1' }, 'Choose…'));
    v.right.forEach((r, j) => select.append(h('option', { value: String(j) }, r.replace(/<[^>]*>/g, ''))));
    select.value = String(matches[i]);
    select.disabled = locked;
    select.addEventListener('change', () => { matches[i] = Number(select.value); });
    table.append(h('div', { class: 'match-row' }, label, select));
  });
  return table;
}

function drawFeedback(f: FeedbackMessage): HTMLElement {
  const next = h('button', { id: 'next', type: 'button', class: 'primary' }, question && question.index + 1 >= question.total ? 'See score' : 'Next question');
  next.addEventListener('click', () => vscode.post({ type: 'next' }));
  const open = h('a', { href: '#', class: 'open-concept' }, 'Open the concept');
  open.addEventListener('click', e => { e.preventDefault(); vscode.post({ type: 'openConcept', id: f.conceptId }); });
  const explanation = h('div', { class: 'explanation' });
  explanation.append(html(f.explanationHtml));
  return h('div', { id: 'result', class: `result ${f.correct ? 'correct' : 'wrong'}`, role: 'status' },
    h('p', { class: 'verdict' }, f.correct ? 'Correct!' : 'Not quite.'),
    h('p', { class: 'solution-label' }, 'Answer:'),
    h('ul', { class: 'solution' }, ...f.solution.map(s => h('li', {}, s.replace(/<[^>]*>/g, '')))),
    explanation, h('p', {}, open), next);
}

function choose(i: number) {
  const v = question?.view;
  if (!v || feedback || (v.type !== 'single' && v.type !== 'multiple') || i >= v.choices.length) return;
  if (v.type === 'single') picked = new Set([i]);
  else if (picked.has(i)) picked.delete(i);
  else picked.add(i);
  drawQuestion();
  root.querySelector<HTMLElement>(`.choice[data-index="${i}"]`)?.focus();
}

function move(pos: number, delta: number) {
  const to = pos + delta;
  if (feedback || to < 0 || to >= order.length) return;
  [order[pos], order[to]] = [order[to], order[pos]];
  drawQuestion();
  root.querySelector<HTMLElement>(`.order-item[data-pos="${to}"]`)?.focus();
}

function answer(): Answer | undefined {
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
  if (e.key === 'Enter' && target.tagName !== 'SELECT' && !(target.tagName === 'BUTTON' && target.id !== 'submit' && target.id !== 'next' && !target.classList.contains('choice'))) {
    e.preventDefault();
    if (feedback) vscode.post({ type: 'next' });
    else submitAnswer();
  } else if (/^[1-9]$/.test(e.key) && target.tagName !== 'SELECT') {
    choose(Number(e.key) - 1);
  } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && target.classList.contains('order-item')) {
    e.preventDefault();
    move(Number(target.dataset.pos), e.key === 'ArrowUp' ? -1 : 1);
  }
}
